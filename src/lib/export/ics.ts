import { addDays, format, parseISO } from 'date-fns';
import { dayInterval } from '../dates/interval.ts';
import type { DayInterval } from '../dates/interval.ts';
import type { DatePrecision } from '../dates/precision.ts';
import { eventSpan } from '../events/event-date.ts';
import { compareEvents } from '../events/merge.ts';
import type { TimelineEvent } from '../events/model.ts';
import { absoluteSiteUrl, eventPageUrl } from './_lib/site-url.ts';
import { sourcesByArticle } from './_lib/sources-by-article.ts';

/**
 * The precisions a calendar can show honestly, as an all-day span over the days they cover.
 * A day is one all-day event; a week or a month is a multi-day span, like a conference. Anything
 * coarser (season, quarter, half, year, decade, century) is left out: a "1997" event drawn over
 * 365 days would read as something that lasted all year and bury every other entry. Those events
 * stay in events.json, events.csv and timeline.json.
 */
const CALENDAR_PRECISIONS: ReadonlySet<DatePrecision> = new Set(['day', 'week', 'month']);

const CRLF = '\r\n';

/** RFC 5545 §3.1: a content line is at most 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

export interface EventsCalendarOptions {
  /**
   * The site's address with its base (`https://example.org/timeline/`). When absolute, each
   * event gets a `URL` to its page and its `UID` carries the site's host.
   */
  siteUrl?: string;
  /** The calendar's name shown by calendar apps (`X-WR-CALNAME`). */
  calendarName?: string;
  /** Publication date (`YYYY-MM-DD`) of each article by id, to derive a reproducible `DTSTAMP`. */
  articleDates?: ReadonlyMap<string, string>;
}

/**
 * RFC 5545 §3.3.11 TEXT: escape backslash, semicolon, comma and line breaks; drop the control
 * characters TEXT may not hold (all but HTAB).
 */
function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/gu, (character) => `\\${character}`)
    .replace(/\r\n|\r|\n/gu, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/gu, '');
}

/**
 * RFC 5545 §3.1 folding: lines longer than 75 octets continue on the next line after a space
 * (which counts toward that line's 75). Splits fall between code points, never inside a UTF-8
 * sequence, so every physical line is valid UTF-8 on its own.
 */
function foldLine(line: string): string {
  // Most lines are short ASCII: nothing to fold, and nothing to count.
  if (line.length <= MAX_LINE_OCTETS && /^[\x00-\x7F]*$/u.test(line)) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Octets(character);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** The UTF-8 length of one code point (RFC 3629), counted without encoding it. */
function utf8Octets(character: string): number {
  const point = character.codePointAt(0) ?? 0;
  return point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
}

/** `2024-10-18` → `20241018` (RFC 5545 §3.3.4 DATE). */
function icsDate(day: string): string {
  return day.replaceAll('-', '');
}

/** The day after `day`, for the exclusive DTEND of an all-day span (RFC 5545 §3.6.1). */
function nextDay(day: string): string {
  // parseISO reads a date-only string as local midnight and format prints it back in local time,
  // so only the calendar day is ever used, whatever the build machine's time zone.
  return format(addDays(parseISO(day), 1), 'yyyyMMdd');
}

/**
 * The first and last day an event covers in the calendar, or `undefined` when it is left out. A
 * range spans from its start to the last day of its end; both must be days, weeks or months, so
 * "2011–2012" is left out as "2011" is.
 */
function calendarSpan(event: TimelineEvent): DayInterval | undefined {
  const { precision, endPrecision } = event.date;
  if (!CALENDAR_PRECISIONS.has(precision) || (endPrecision !== undefined && !CALENDAR_PRECISIONS.has(endPrecision))) return undefined;
  return eventSpan(event.date);
}

/**
 * DTSTAMP must be a UTC date-time (RFC 5545 §3.8.7.2). The build time would make every build
 * differ, so it is derived from the content: the newest publication date among the articles the
 * calendar's events come from, at 00:00:00Z; without article dates, the latest day an event starts.
 * Two builds of the same content are then byte-identical.
 */
function calendarStamp(events: readonly TimelineEvent[], articleDates: ReadonlyMap<string, string> | undefined): string {
  const published = events.flatMap((event) =>
    event.sources.flatMap((source) => articleDates?.get(source.articleId) ?? []),
  );
  const days = published.length > 0 ? published : events.flatMap((event) => dayInterval(event.date.value)?.start ?? []);
  const newest = days.reduce((latest, day) => (day > latest ? day : latest), '1970-01-01');
  return `${icsDate(newest.slice(0, 10))}T000000Z`;
}

function description(event: TimelineEvent): string {
  const sources = sourcesByArticle(event.sources).map((source) => `- ${source.articleTitle}${source.url ? ` <${source.url}>` : ''}`);
  const parts = [event.summary, `Sources:\n${sources.join('\n')}`];
  if (event.datesDisagree) parts.push(`The sources give different dates: ${event.datesDisagree.join(', ')}.`);
  return parts.join('\n\n');
}

function vevent(event: TimelineEvent, span: DayInterval, stamp: string, options: EventsCalendarOptions): string[] {
  const site = absoluteSiteUrl(options.siteUrl);
  const host = site === undefined ? 'entente' : new URL(site).host;
  const url = site === undefined ? undefined : eventPageUrl(site, event.id);
  return [
    'BEGIN:VEVENT',
    // Ids are stable across builds (src/lib/events/event-id.ts), so calendar apps update an
    // event in place instead of duplicating it.
    `UID:${escapeText(`${event.id}@${host}`)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(span.start)}`,
    `DTEND;VALUE=DATE:${nextDay(span.end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(description(event))}`,
    ...(url === undefined ? [] : [`URL:${url}`]),
    // RFC 5545 §3.8.1.2: a comma-separated list; the PLOVER type and quad class when coded.
    `CATEGORIES:${[event.type, ...(event.relation === null ? [] : [event.relation.type, event.relation.quad])].map(escapeText).join(',')}`,
    // History, not an appointment: it must not mark the reader busy (RFC 5545 §3.8.2.7).
    'TRANSP:TRANSPARENT',
    `X-ENTENTE-PRECISION:${event.date.precision}`,
    ...(event.date.mod === undefined ? [] : [`X-ENTENTE-MOD:${event.date.mod}`]),
    ...(event.date.endPrecision === undefined ? [] : [`X-ENTENTE-END-PRECISION:${event.date.endPrecision}`]),
    `X-ENTENTE-KIND:${event.kind}`,
    'END:VEVENT',
  ];
}

/**
 * The `events.ics` export: an RFC 5545 calendar with one all-day `VEVENT` per event dated to the
 * day, week or month (coarser events are left out). CRLF line endings, folded at 75 octets, and
 * the same bytes for the same content.
 *
 * @example
 * eventsCalendar([sampleEvent()], { siteUrl: 'https://example.org/' })
 * //=> 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…DTSTART;VALUE=DATE:20241018\r\nDTEND;VALUE=DATE:20241019\r\n…'
 */
export function eventsCalendar(events: readonly TimelineEvent[], options: EventsCalendarOptions = {}): string {
  return [...eventsCalendarParts(events, options)].join('');
}

/**
 * The text of {@link eventsCalendar} in parts, the calendar's head, then each event, then its end,
 * so that a site's calendar is never one string (37 MB at 4,000 articles).
 *
 * @example
 * [...eventsCalendarParts([sampleEvent(), sampleEvent({ id: 'b' })])].length //=> 4
 */
export function* eventsCalendarParts(events: readonly TimelineEvent[], options: EventsCalendarOptions = {}): Generator<string> {
  const shown = [...events]
    .sort(compareEvents)
    .flatMap((event) => {
      const span = calendarSpan(event);
      return span === undefined ? [] : [{ event, span }];
    });
  const stamp = calendarStamp(shown.map(({ event }) => event), options.articleDates);
  const text = (lines: readonly string[]): string => lines.map((line) => foldLine(line) + CRLF).join('');
  yield text([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Entente//Entente timeline//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName ?? 'Entente')}`,
  ]);
  for (const { event, span } of shown) yield text(vevent(event, span, stamp, options));
  yield text(['END:VCALENDAR']);
}
