/**
 * Calendar arithmetic for TIMEX3 values. All day counting is date-fns's; this file only turns
 * values into `Date`s (local midnight, never printed) and back into TimeML strings.
 */
// date-fns functions load on first use (dateFns.ts says why).
import { addDays, addMonths } from './dateFns.ts';
import type { Unit } from './candidate.ts';
import { isoWeekOf, isoWeekStart } from './isoWeek.ts';

/** A calendar value split into what is known: a year is a year, never 1 January. */
export interface CalendarPoint {
  date: Date;
  granularity: Unit;
}

const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH_VALUE = /^(\d{4})-(\d{2})$/;
const WEEK_VALUE = /^(\d{4})-W(\d{2})/;
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;
const HALF_VALUE = /^(\d{4})-H([12])$/;
const SEASON_VALUE = /^(\d{4})-(SP|SU|FA|WI)$/;
const YEAR_VALUE = /^(\d{4})$/;
const DECADE_VALUE = /^(\d{3})X$/;

const SEASON_START_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (so not `2024-02-30`). */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && makeDay(Number(m[1]), Number(m[2]), Number(m[3])) !== undefined;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a date (formatting only; date-fns's \`format\` costs a second of start-up). */
export function formatDay(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local-midnight Date for a real day; undefined for a day the calendar lacks. */
export function makeDay(year: number, month: number, day: number): Date | undefined {
  const date = new Date(year, month - 1, day);
  // The check also refuses years 0–99, which the constructor maps to 1900–1999 (so no setFullYear is needed).
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return date;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => pad(n));

/**
 * `YYYY-MM-DD` of a real day, or undefined for a day the calendar lacks: what `makeDay` and
 * `formatDay` give together, but for the years 1000–9999 counted without a `Date` (the
 * proleptic Gregorian calendar `Date` uses). Every month-day a rule reads and every yearless day
 * anchoring places asks this; building and reading back a local-time `Date` showed in profiles
 * of `extract --jsonl`. Other years take the `Date` path. Unlike a local-time `Date`, the count
 * does not depend on the time zone (in Pacific/Apia, which skipped 30 December 2011, `makeDay`
 * refuses that day).
 *
 * @example
 * dayValue(2024, 2, 29) //=> '2024-02-29'
 * dayValue(2023, 2, 29) //=> undefined
 */
export function dayValue(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1000 && year <= 9999 && Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day))) {
    const date = makeDay(year, month, day);
    return date && formatDay(date);
  }
  if (month < 1 || month > 12 || day < 1) return undefined;
  const leap = month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  if (day > DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0)) return undefined;
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

/** Parse a TIMEX3 DATE value into a point with its granularity, if it names a calendar place. */
export function toPoint(value: string): CalendarPoint | undefined {
  // Values that start with no digit (PRESENT_REF, XXXX-…) name no calendar place; a bare year is the commonest.
  const first = value.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return undefined;
  if (value.length === 4 && YEAR_VALUE.test(value)) return { date: new Date(Number(value), 0, 1), granularity: 'year' };
  if (value.length >= 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45 && DAY_VALUE.test(value)) {
    const date = makeDay(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
    return date && { date, granularity: 'day' };
  }
  let m: RegExpExecArray | null;
  if ((m = MONTH_VALUE.exec(value))) return { date: new Date(Number(m[1]), Number(m[2]) - 1, 1), granularity: 'month' };
  if ((m = WEEK_VALUE.exec(value))) {
    // ISO week 1 is the week with 4 January, so 4 January is always in the week-year it names.
    const week = Number(m[2]);
    if (week < 1 || week > 53) return undefined;
    return { date: isoWeekStart(Number(m[1]), week), granularity: 'week' };
  }
  if ((m = QUARTER_VALUE.exec(value))) return { date: new Date(Number(m[1]), (Number(m[2]) - 1) * 3, 1), granularity: 'quarter' };
  if ((m = HALF_VALUE.exec(value))) return { date: new Date(Number(m[1]), (Number(m[2]) - 1) * 6, 1), granularity: 'half' };
  if ((m = SEASON_VALUE.exec(value))) return { date: new Date(Number(m[1]), SEASON_START_MONTH[m[2]!]! - 1, 1), granularity: 'month' };
  if ((m = YEAR_VALUE.exec(value))) return { date: new Date(Number(m[1]), 0, 1), granularity: 'year' };
  if ((m = DECADE_VALUE.exec(value))) return { date: new Date(Number(m[1]) * 10, 0, 1), granularity: 'decade' };
  return undefined;
}

/**
 * Move a date by `amount` units with date-fns. Weeks are seven days and quarters, halves, years,
 * decades and centuries are months, exactly as date-fns's own addWeeks/addQuarters/addYears count.
 */
export function shift(date: Date, unit: Unit, amount: number): Date {
  switch (unit) {
    case 'day': return addDays(date, amount);
    case 'week': case 'weekend': return addDays(date, amount * 7);
    case 'month': return addMonths(date, amount);
    case 'quarter': return addMonths(date, amount * 3);
    case 'half': return addMonths(date, amount * 6);
    case 'year': return addMonths(date, amount * 12);
    case 'decade': return addMonths(date, amount * 120);
    case 'century': return addMonths(date, amount * 1200);
  }
}

/** The TIMEX3 value of the unit of `granularity` that contains `date`. */
export function formatAt(date: Date, granularity: Unit): string {
  const year = String(date.getFullYear()).padStart(4, '0');
  switch (granularity) {
    case 'day': return formatDay(date);
    case 'week': return isoWeekOf(date);
    case 'weekend': return `${isoWeekOf(date)}-WE`;
    case 'month': return `${year}-${pad(date.getMonth() + 1)}`;
    case 'quarter': return `${year}-Q${Math.floor(date.getMonth() / 3) + 1}`;
    case 'half': return `${year}-H${date.getMonth() < 6 ? 1 : 2}`;
    case 'year': return year;
    case 'decade': return `${year.slice(0, 3)}X`;
    case 'century': return year.slice(0, 2);
  }
}

/** Parse `YYYY-MM-DD` (already validated) to a local-midnight Date. */
export function parseDay(value: string): Date {
  const day = makeDay(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
  if (day === undefined) throw new RangeError(`Not a calendar day: ${value}`);
  return day;
}
