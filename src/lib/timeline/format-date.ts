// Subpath imports: the package root loads every date-fns function (seconds at start-up).
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { datePrecision } from '../dates/precision.ts';
import type { TimexMod } from '../dates/timex.ts';
import type { EventDate } from '../events/model.ts';
import { schemaDates } from '../structured-data/schema-date.ts';
import { htmlDatetime } from './html-datetime.ts';

const SEASON_NAMES: Readonly<Record<string, string>> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };
const MOD_PREFIXES: Partial<Record<TimexMod, string>> = {
  START: 'Early',
  MID: 'Mid-',
  END: 'Late',
  APPROX: 'Around',
  BEFORE: 'Before',
  ON_OR_BEFORE: 'On or before',
  AFTER: 'After',
  ON_OR_AFTER: 'On or after',
};

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Each value's words, once: a site shows the same dates on many pages, and date-fns' `format` is not cheap. */
const FORMATTED = new Map<string, string>();

/** The value at its own precision, without any modifier. */
function formatValue(value: string): string {
  let text = FORMATTED.get(value);
  if (text === undefined) FORMATTED.set(value, (text = valueWords(value)));
  return text;
}

function valueWords(value: string): string {
  const year = value.slice(0, 4);
  const part = value.slice(5, 7);
  // parseISO reads a date-only string as local midnight, and format prints it back in local time,
  // so the calendar day never shifts, whatever the build machine's time zone.
  switch (datePrecision(value)) {
    case 'day':
      return format(parseISO(value.slice(0, 10)), 'EEE d MMM yyyy');
    case 'week':
      return `Week ${Number(value.slice(6))}, ${year}`;
    case 'month':
      return format(parseISO(`${value}-01`), 'MMMM yyyy');
    case 'season':
      return `${SEASON_NAMES[part] ?? part} ${year}`;
    case 'quarter':
      return `${part} ${year}`;
    case 'half':
      return `${part === 'H1' ? 'First' : 'Second'} half of ${year}`;
    case 'year':
      return year;
    case 'decade':
      return `${value.slice(0, 3)}0s`;
    case 'century':
      return `${ordinal(Number(value) + 1)} century`;
    case undefined:
      return value;
  }
}

/** The modifier as the words before a date: "Early ", "Mid-". */
function modPrefix(mod: TimexMod | undefined): string {
  const prefix = mod ? MOD_PREFIXES[mod] : undefined;
  if (prefix === undefined) return '';
  return prefix.endsWith('-') ? prefix : `${prefix} `;
}

/**
 * A date for readers, at its own precision: a year is shown as a year, never as 1 January.
 *
 * @example
 * formatEventDate('2024-10-18') //=> 'Fri 18 Oct 2024'
 * formatEventDate('2015-10') //=> 'October 2015'
 * formatEventDate('1990', 'END') //=> 'Late 1990'
 */
export function formatEventDate(value: string, mod?: TimexMod): string {
  return `${modPrefix(mod)}${formatValue(value)}`;
}

/**
 * One end of a date as the site shows it: its words, its TIMEX3 value, and the `datetime` of its
 * `<time>` element, absent when no valid HTML date or time fits the value (see `htmlDatetime`).
 */
export interface DatePart {
  text: string;
  timex: string;
  datetime?: string;
}

/** An event's date as the site shows it: its start, and for an event that lasts, the dash and its end. */
export interface EventDateParts {
  start: DatePart;
  range?: { dash: string; end: DatePart };
}

/**
 * The words of a range's two ends: what only the start says, what only the end says, and what
 * they share, written once at the end ("21", "28", " Feb 1972").
 */
function rangeWords(start: string, end: string): [string, string, string] {
  const precision = datePrecision(start);
  const endPrecision = datePrecision(end);
  const day = (value: string) => parseISO(value.slice(0, 10));
  const month = (value: string) => parseISO(`${value}-01`);
  if (precision === 'day' && endPrecision === 'day') {
    const [first, last] = [day(start), day(end)];
    if (start.slice(0, 7) === end.slice(0, 7)) return [format(first, 'd'), format(last, 'd'), format(last, ' MMM yyyy')];
    if (start.slice(0, 4) === end.slice(0, 4)) return [format(first, 'd MMM'), format(last, 'd MMM'), format(last, ' yyyy')];
    return [format(first, 'd MMM yyyy'), format(last, 'd MMM yyyy'), ''];
  }
  if (precision === 'month' && endPrecision === 'month' && start.slice(0, 4) === end.slice(0, 4)) {
    return [format(month(start), 'MMM'), format(month(end), 'MMM'), ` ${end.slice(0, 4)}`];
  }
  // Days and months without weekdays or full month names, so the two ends read as one phrase.
  const word = (value: string, valuePrecision: typeof precision) =>
    valuePrecision === 'day' ? format(day(value), 'd MMM yyyy') : valuePrecision === 'month' ? format(month(value), 'MMM yyyy') : formatValue(value);
  return [word(start, precision), word(end, endPrecision), ''];
}

/**
 * An event's date for markup: the text and `datetime` of one `<time>`, or of two joined by a dash
 * for an event that lasts. Words both ends share are written once ("21–28 Feb 1972"); the dash is
 * spaced when an end is several words ("28 Feb – 3 Mar 1972"). A range's `datetime`s are valid
 * HTML date strings at each end's precision.
 *
 * @example
 * eventDateParts({ value: '1972-02-21', precision: 'day', end: '1972-02-28', endPrecision: 'day' })
 * //=> { start: { text: '21', timex: '1972-02-21', datetime: '1972-02-21' }, range: { dash: '–', end: { text: '28 Feb 1972', timex: '1972-02-28', datetime: '1972-02-28' } } }
 * eventDateParts({ value: '1997', precision: 'year' }) //=> { start: { text: '1997', timex: '1997', datetime: '1997' } }
 */
export function eventDateParts(date: EventDate): EventDateParts {
  const datetime = htmlDatetime(date.value);
  const single = { start: { text: formatEventDate(date.value, date.mod), timex: date.value, ...(datetime === undefined ? {} : { datetime }) } };
  if (date.end === undefined) return single;
  const datetimes = schemaDates(date.value, date.end);
  if (datetimes?.endDate === undefined) return single;
  const [first, last, shared] = rangeWords(date.value, date.end);
  return {
    start: { text: `${modPrefix(date.mod)}${first}`, timex: date.value, datetime: datetimes.startDate },
    range: { dash: /\s/u.test(first + last) ? ' – ' : '–', end: { text: `${last}${shared}`, timex: date.end, datetime: datetimes.endDate } },
  };
}

/**
 * An event's date as one line of text, a range included.
 *
 * @example
 * formatEventDateRange({ value: '1972-02', precision: 'month', end: '1973-03', endPrecision: 'month' }) //=> 'Feb 1972 – Mar 1973'
 * formatEventDateRange({ value: '2024-10-18', precision: 'day' }) //=> 'Fri 18 Oct 2024'
 */
export function formatEventDateRange(date: EventDate): string {
  const { start, range } = eventDateParts(date);
  return range === undefined ? start.text : `${start.text}${range.dash}${range.end.text}`;
}
