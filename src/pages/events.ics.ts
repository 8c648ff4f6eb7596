import type { APIRoute } from 'astro';
import { absoluteRoot } from '../layouts/paths.ts';
import { SITE_NAME, siteArticles, siteEvents } from '../layouts/site.ts';
import { eventsCalendar } from '../lib/index.ts';

/** `/events.ics`: the day-, week- and month-precision events as an RFC 5545 calendar. */
export const GET: APIRoute = async () => {
  const articleDates = new Map((await siteArticles()).flatMap((article) => (article.date === undefined ? [] : [[article.id, article.date] as const])));
  const calendar = eventsCalendar(await siteEvents(), { siteUrl: absoluteRoot(), articleDates, calendarName: SITE_NAME });
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
