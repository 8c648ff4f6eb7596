import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { eventsCalendar } from '../lib/index.ts';

/** `/events.ics`: the day-, week- and month-precision events as an RFC 5545 calendar. */
export const GET: APIRoute = async ({ site }) => {
  const events = (await getCollection('events')).map((entry) => entry.data);
  const articleDates = new Map((await getCollection('articles')).map((entry) => [entry.data.id, entry.data.date]));
  const siteUrl = site === undefined ? undefined : new URL(import.meta.env.BASE_URL, site).href;
  return new Response(eventsCalendar(events, { siteUrl, articleDates, calendarName: 'Entente' }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
