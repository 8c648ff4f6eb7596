import type { APIRoute } from 'astro';
import { absoluteRoot } from '../layouts/paths.ts';
import { SITE_NAME, siteArticles, siteEvents } from '../layouts/site.ts';
import { streamedResponse } from '../layouts/streamed-response.ts';
import { eventsCalendarParts } from '../lib/index.ts';

/** `/events.ics`: the day-, week- and month-precision events as an RFC 5545 calendar. */
export const GET: APIRoute = async () => {
  const articleDates = new Map((await siteArticles()).flatMap((article) => (article.date === undefined ? [] : [[article.id, article.date] as const])));
  const calendar = eventsCalendarParts(await siteEvents(), { siteUrl: absoluteRoot(), articleDates, calendarName: SITE_NAME });
  return streamedResponse(calendar, 'text/calendar; charset=utf-8');
};
