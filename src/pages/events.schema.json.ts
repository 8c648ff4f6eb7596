import type { APIRoute } from 'astro';
import { eventsJsonSchema } from '../lib/index.ts';

/** The JSON Schema of `/events.json`; its `$id` is its own address when the site's is known. */
export const GET: APIRoute = ({ site }) => {
  const siteUrl = site === undefined ? undefined : new URL(import.meta.env.BASE_URL, site).href;
  return new Response(`${JSON.stringify(eventsJsonSchema({ siteUrl }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
