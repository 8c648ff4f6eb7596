import { compareEvents } from '../events/merge.ts';
import type { TimelineEvent } from '../events/model.ts';
import { eventPageUrl } from './_lib/site-url.ts';

/** The header row of `events.csv`, in column order. */
export const EVENTS_CSV_COLUMNS = [
  'id',
  'date',
  'precision',
  'end',
  'end_precision',
  'title',
  'summary',
  'type',
  'kind',
  'relation_type',
  'quad',
  'intensity',
  'relation_actor',
  'relation_recipient',
  'actors',
  'sources',
  'first_source',
  'url',
] as const;

export interface EventsCsvOptions {
  /** The site's address with its base, absolute or a path (`/timeline/`); fills the `url` column. */
  siteUrl?: string;
}

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"): `=`, `+`,
 * `-`, `@`, and tab and carriage return, which some apps skip before looking for them.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;

/** A plain number ("-5", "2.8") is no formula: a spreadsheet must read it as the number it is. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/u;

/**
 * One cell: defused against formula injection by a leading `'` (OWASP), then quoted per
 * RFC 4180 §2.6–2.7 when it holds a quote, a comma or a line break, with inner quotes doubled.
 */
function cell(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /["\r\n,]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function row(event: TimelineEvent, options: EventsCsvOptions): string[] {
  return [
    event.id,
    event.date.value,
    event.date.precision,
    event.date.end ?? '',
    event.date.endPrecision ?? '',
    event.title,
    event.summary,
    event.type,
    event.kind,
    // An event that is no interaction between two political actors leaves the five coding cells empty.
    event.relation?.type ?? '',
    event.relation?.quad ?? '',
    event.relation === null ? '' : String(event.relation.intensity),
    event.relation?.actor ?? '',
    event.relation?.recipient ?? '',
    event.actors.map((actor) => actor.name).join('; '),
    String(event.sources.length),
    event.sources[0]?.articleTitle ?? '',
    eventPageUrl(options.siteUrl, event.id) ?? '',
  ];
}

/**
 * The `events.csv` export (RFC 4180): a header row, then one row per event in chronological
 * order, CRLF line endings, UTF-8 without a byte-order mark.
 *
 * @example
 * eventsCsv([sampleEvent()], { siteUrl: '/' }).split('\r\n')[1]
 * //=> '2024-10-18-lammy-meets-wang-yi,2024-10-18,day,,,Lammy meets Wang Yi in Beijing,…,/events/2024-10-18-lammy-meets-wang-yi/'
 */
export function eventsCsv(events: readonly TimelineEvent[], options: EventsCsvOptions = {}): string {
  return [...eventsCsvParts(events, options)].join('');
}

/**
 * The text of {@link eventsCsv} in parts, one a row, so that a site's table is never one string
 * (25 MB at 4,000 articles).
 *
 * @example
 * [...eventsCsvParts([sampleEvent()])].length //=> 2
 */
export function* eventsCsvParts(events: readonly TimelineEvent[], options: EventsCsvOptions = {}): Generator<string> {
  // RFC 4180 §2.1–2.2: every record ends with CRLF, the last one included.
  const record = (fields: readonly string[]): string => `${fields.map(cell).join(',')}\r\n`;
  yield record(EVENTS_CSV_COLUMNS);
  for (const event of [...events].sort(compareEvents)) yield record(row(event, options));
}
