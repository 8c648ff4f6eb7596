/**
 * The site's four large exports, each as the parts of its text (see the library's `jsonFileParts`):
 * written to files by the build (src/integrations/site-exports.ts) and served by `astro dev`
 * (src/layouts/site-export-route.ts). At 4,000 articles they are 210 MB (events.json alone 100 MB); as routes,
 * Astro held each whole body three times over while writing it, 500 MB above the build's pages at
 * the largest moment of a cold build.
 */
import type { SiteData } from '../lib/index.ts';
import { eventsCalendarParts, eventsCsvParts, eventsDocument, jsonFileParts, timelineJsParts } from '../lib/index.ts';
import type { SitePlace } from './paths.ts';
import { SITE_NAME } from './site-name.ts';

/** One export: its file at the site's root, its media type, and its text in parts. */
export interface SiteExport {
  file: string;
  type: string;
  parts: (data: Pick<SiteData, 'events' | 'articles'>, place: SitePlace) => Iterable<string>;
}

export const SITE_EXPORTS: readonly SiteExport[] = [
  {
    // Every event, in chronological order.
    file: 'events.json',
    type: 'application/json; charset=utf-8',
    parts: (data) => jsonFileParts(eventsDocument(data.events), 'events'),
  },
  {
    // One row per event, links absolute when the site's address is known.
    file: 'events.csv',
    type: 'text/csv; charset=utf-8',
    parts: (data, place) => eventsCsvParts(data.events, { siteUrl: place.absoluteRoot ?? place.root }),
  },
  {
    // The day-, week- and month-precision events as an RFC 5545 calendar.
    file: 'events.ics',
    type: 'text/calendar; charset=utf-8',
    parts: (data, place) => {
      const articleDates = new Map(data.articles.flatMap((article) => (article.date === undefined ? [] : [[article.id, article.date] as const])));
      return eventsCalendarParts(data.events, { siteUrl: place.absoluteRoot, articleDates, calendarName: SITE_NAME });
    },
  },
  {
    // The events in TimelineJS3's JSON format, for a TimelineJS embed.
    file: 'timeline.json',
    type: 'application/json; charset=utf-8',
    parts: (data, place) =>
      timelineJsParts(data.events, {
        siteUrl: place.absoluteRoot ?? place.root,
        title: SITE_NAME,
        description: 'A diplomatic timeline read from news articles; every event links to the sentence it came from.',
      }),
  },
];
