import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { eventsCsv } from '../lib/index.ts';

/** `/events.csv`: one row per event, links absolute when the site's address is known. */
export const GET: APIRoute = async ({ site }) => {
  const events = (await getCollection('events')).map((entry) => entry.data);
  const siteUrl = site === undefined ? import.meta.env.BASE_URL : new URL(import.meta.env.BASE_URL, site).href;
  return new Response(eventsCsv(events, { siteUrl }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
