import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { eventsDocument } from '../lib/index.ts';

export const GET: APIRoute = async () => {
  const events = (await getCollection('events')).map((entry) => entry.data);
  return new Response(`${JSON.stringify(eventsDocument(events), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
