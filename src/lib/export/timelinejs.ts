import { dayInterval } from '../dates/interval.ts';
import { datePrecision } from '../dates/precision.ts';
import type { DatePrecision } from '../dates/precision.ts';
import type { TimexMod } from '../dates/timex.ts';
import { compareEvents } from '../events/merge.ts';
import type { TimelineEvent } from '../events/model.ts';
import { formatEventDate } from '../timeline/format-date.ts';
import { escapeHtml } from './_lib/escape-html.ts';
import { eventPageUrl, sitePageUrl } from './_lib/site-url.ts';
import { sourcesByArticle } from './_lib/sources-by-article.ts';
import { jsonFileParts } from './json-file.ts';

/** A TimelineJS3 date object (https://timeline.knightlab.com/docs/json-format.html). */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  /** Shown instead of TimelineJS's own formatting; plain text (TimelineJS strips markup). */
  display_date?: string;
}

/** TimelineJS renders both fields as HTML: they hold escaped text. */
export interface TimelineJsText {
  headline: string;
  text: string;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: TimelineJsText;
  group?: string;
  unique_id: string;
}

/** The JSON a TimelineJS3 embed loads (`new TL.Timeline(element, url)`). */
export interface TimelineJsDocument {
  title?: { text: TimelineJsText };
  events: TimelineJsSlide[];
}

export interface TimelineJsOptions {
  /** The site's address with its base, absolute or a path (`/timeline/`); links slides to pages. */
  siteUrl?: string;
  /** Headline of the title slide; without it there is none. */
  title?: string;
  /** Text of the title slide (plain text, escaped here). */
  description?: string;
}

/** The precisions TimelineJS can name itself; the others get a `display_date` in Entente's words. */
const SELF_FORMATTED: ReadonlySet<DatePrecision> = new Set(['day', 'month', 'year']);

/**
 * A TIMEX3 value as a TimelineJS date, with only the parts its precision states: a year is only
 * `year`, a month `year` and `month`. A week starts on its Monday; a season, quarter or half on
 * its first month, so TimelineJS places it in order, while `display_date` tells the reader "Q3
 * 2024". A decade or century starts at its first year ("1990s").
 */
function timelineJsDate(value: string, mod: TimexMod | undefined): TimelineJsDate | undefined {
  const precision = datePrecision(value);
  const interval = dayInterval(value);
  if (precision === undefined || interval === undefined) return undefined;
  const [year = 0, month = 1, day = 1] = interval.start.split('-').map(Number);
  const date: TimelineJsDate =
    precision === 'day' || precision === 'week'
      ? { year, month, day }
      : precision === 'year' || precision === 'decade' || precision === 'century'
        ? { year }
        : { year, month };
  if (!SELF_FORMATTED.has(precision) || mod !== undefined) date.display_date = formatEventDate(value, mod);
  return date;
}

function slideText(event: TimelineEvent, siteUrl: string | undefined): string {
  // One link per article, to the first passage that tells the event.
  const articles = sourcesByArticle(event.sources);
  const sources = articles.map((source) => {
    const title = escapeHtml(source.articleTitle);
    const href = sitePageUrl(siteUrl, `articles/${encodeURIComponent(source.articleId)}/#${encodeURIComponent(source.anchor)}`);
    return href === undefined ? title : `<a href="${escapeHtml(href)}">${title}</a>`;
  });
  const label = articles.length === 1 ? 'Source' : 'Sources';
  const page = eventPageUrl(siteUrl, event.id);
  return [
    `<p>${escapeHtml(event.summary)}</p>`,
    `<p>${label}: ${sources.join('; ')}</p>`,
    ...(event.datesDisagree ? [`<p>The sources give different dates: ${escapeHtml(event.datesDisagree.join(', '))}.</p>`] : []),
    ...(page === undefined ? [] : [`<p><a href="${escapeHtml(page)}">About this event</a></p>`]),
  ].join('');
}

/** The group of an event that is no interaction between two political actors. */
export const UNCODED_GROUP = 'not-coded';

function slide(event: TimelineEvent, options: TimelineJsOptions): TimelineJsSlide | undefined {
  const start = timelineJsDate(event.date.value, event.date.mod);
  if (start === undefined) return undefined;
  const end = event.date.end === undefined ? undefined : timelineJsDate(event.date.end, undefined);
  return {
    start_date: start,
    ...(end === undefined ? {} : { end_date: end }),
    text: { headline: escapeHtml(event.title), text: slideText(event, options.siteUrl) },
    // Slides grouped by quad class, so a TimelineJS view rows cooperation apart from conflict.
    group: event.relation?.quad ?? UNCODED_GROUP,
    // Event ids are already slugs, which is what TimelineJS makes of any unique_id.
    unique_id: event.id,
  };
}

/**
 * The `timeline.json` export in TimelineJS3's JSON format, so a TimelineJS embed can show the
 * same events: one slide per event, grouped by quad class, dates only as precise as the event's.
 *
 * @example
 * timelineJsDocument([sampleEvent({ date: { value: '1997', precision: 'year' } })]).events[0]?.start_date //=> { year: 1997 }
 * timelineJsDocument([sampleEvent({ date: { value: '199X', precision: 'decade' } })]).events[0]?.start_date //=> { year: 1990, display_date: '1990s' }
 */
export function timelineJsDocument(events: readonly TimelineEvent[], options: TimelineJsOptions = {}): TimelineJsDocument {
  return { ...titleSlide(options), events: [...slides(events, options)] };
}

/**
 * The text of `timelineJsDocument` as `JSON.stringify(document, null, 2)` and a newline, in parts
 * (see `jsonFileParts`), each slide made as it is written: the list of the 55,711 slides of 4,000
 * synthetic articles held 54 MB while the file was written (some 200 MB at 20,000 articles).
 *
 * @example
 * const events = [sampleEvent({ date: { value: '1997', precision: 'year' } })];
 * [...timelineJsParts(events, { title: 'UK–China' })].join('') === `${JSON.stringify(timelineJsDocument(events, { title: 'UK–China' }), null, 2)}\n` //=> true
 */
export function timelineJsParts(events: readonly TimelineEvent[], options: TimelineJsOptions = {}): Iterable<string> {
  return jsonFileParts({ ...titleSlide(options), events: slides(events, options) }, 'events');
}

function titleSlide(options: TimelineJsOptions): Pick<TimelineJsDocument, 'title'> {
  if (options.title === undefined) return {};
  return { title: { text: { headline: escapeHtml(options.title), text: escapeHtml(options.description ?? '') } } };
}

function* slides(events: readonly TimelineEvent[], options: TimelineJsOptions): Generator<TimelineJsSlide> {
  for (const event of [...events].sort(compareEvents)) {
    const made = slide(event, options);
    if (made !== undefined) yield made;
  }
}
