import type { APIRoute } from 'astro';
import { siteEvents } from '../layouts/site.ts';
import { eventsDocument } from '../lib/index.ts';

/** `/events.json`: every event, in chronological order. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(eventsDocument(await siteEvents()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
