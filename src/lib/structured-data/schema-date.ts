import { dayInterval } from '../dates/interval.ts';
import { datePrecision } from '../dates/precision.ts';
import type { DatePrecision } from '../dates/precision.ts';

/** ISO 8601 start and, when it differs, end of a value, for schema.org `startDate`/`endDate`. */
export interface SchemaDates {
  startDate: string;
  endDate?: string;
}

/** How many characters of `YYYY-MM-DD` ISO 8601 keeps for each precision. */
const ISO_LENGTH: Readonly<Record<DatePrecision, number>> = {
  day: 10,
  week: 10,
  month: 7,
  season: 7,
  quarter: 7,
  half: 7,
  year: 4,
  decade: 4,
  century: 4,
};

function isoSpan(value: string): { start: string; end: string } | undefined {
  const precision = datePrecision(value);
  const interval = dayInterval(value);
  if (precision === undefined || interval === undefined) return undefined;
  const length = ISO_LENGTH[precision];
  return { start: interval.start.slice(0, length), end: interval.end.slice(0, length) };
}

/**
 * A TIMEX3 value (and the end of a range) as ISO 8601 at the value's own precision: a year stays
 * a year and a month a month, since ISO lets them stand without a day. What ISO cannot name
 * becomes a range: seasons, quarters and halves their months, weeks their days, decades and
 * centuries their years.
 *
 * @example
 * schemaDates('1997') //=> { startDate: '1997' }
 * schemaDates('2024-Q1') //=> { startDate: '2024-01', endDate: '2024-03' }
 */
export function schemaDates(value: string, end?: string): SchemaDates | undefined {
  const first = isoSpan(value);
  if (first === undefined) return undefined;
  const last = (end === undefined ? undefined : isoSpan(end))?.end ?? first.end;
  return last === first.start ? { startDate: first.start } : { startDate: first.start, endDate: last };
}
