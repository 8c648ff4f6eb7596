import type { APIRoute } from 'astro';
import { absoluteRoot } from '../layouts/paths.ts';
import { eventsJsonSchema } from '../lib/index.ts';

/** The JSON Schema of `/events.json`; its `$id` is its own address when the site's is known. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(eventsJsonSchema({ siteUrl: absoluteRoot() }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
