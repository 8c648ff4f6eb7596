import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { timelineJsDocument } from '../lib/index.ts';

/** `/timeline.json`: the events in TimelineJS3's JSON format, for a TimelineJS embed. */
export const GET: APIRoute = async ({ site }) => {
  const events = (await getCollection('events')).map((entry) => entry.data);
  const siteUrl = site === undefined ? import.meta.env.BASE_URL : new URL(import.meta.env.BASE_URL, site).href;
  const document = timelineJsDocument(events, {
    siteUrl,
    title: 'Entente',
    description: 'A diplomatic timeline read from news articles; every event links to the sentence it came from.',
  });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
