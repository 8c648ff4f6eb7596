// Subpath imports: the package root loads every date-fns function (seconds at start-up).
import { addDays } from 'date-fns/addDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { setISOWeek } from 'date-fns/setISOWeek';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { formatDay } from './_lib/calendar.ts';
import { datePrecision } from './precision.ts';

/** The first and last calendar day a TIMEX3 value covers, as `YYYY-MM-DD` (inclusive). */
export interface DayInterval {
  start: string;
  end: string;
}

/** Seasons start at their meteorological month (northern hemisphere), as TimeML leaves it open. */
const SEASON_MONTHS: Readonly<Record<string, readonly [number, number]>> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 14],
};

function day(year: number, month: number, dayOfMonth: number): Date {
  // Local-time calendar dates: only their year, month and day are ever read back. setFullYear,
  // because the Date constructor reads years 0–99 as 1900–1999.
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, dayOfMonth);
  return date;
}

function months(year: number, first: number, last: number): DayInterval {
  return {
    start: formatDay(day(year, first, 1)),
    end: formatDay(endOfMonth(day(year, last, 1))),
  };
}

/**
 * The days a calendar value covers, or `undefined` for a value with no calendar place.
 *
 * @example
 * dayInterval('2024-W42') //=> { start: '2024-10-14', end: '2024-10-20' }
 * dayInterval('199X') //=> { start: '1990-01-01', end: '1999-12-31' }
 * dayInterval('0050') //=> { start: '0050-01-01', end: '0050-12-31' }
 */
export function dayInterval(value: string): DayInterval | undefined {
  // Merging and sorting ask for the same few values thousands of times; formatting is not cheap.
  if (INTERVALS.has(value)) return INTERVALS.get(value);
  const interval = computeInterval(value);
  if (INTERVALS.size >= MAX_CACHED_INTERVALS) INTERVALS.clear();
  INTERVALS.set(value, interval);
  return interval;
}

const INTERVALS = new Map<string, DayInterval | undefined>();
const MAX_CACHED_INTERVALS = 10_000;

function computeInterval(value: string): DayInterval | undefined {
  const precision = datePrecision(value);
  const year = Number(value.slice(0, 4));
  const part = value.slice(5, 7);
  switch (precision) {
    case undefined:
      return undefined;
    case 'day':
      return { start: value.slice(0, 10), end: value.slice(0, 10) };
    case 'week': {
      const monday = startOfISOWeek(setISOWeek(day(year, 1, 4), Number(value.slice(6))));
      return { start: formatDay(monday), end: formatDay(addDays(monday, 6)) };
    }
    case 'month':
      return months(year, Number(part), Number(part));
    case 'season': {
      const [first, last] = SEASON_MONTHS[part] ?? [1, 12];
      return months(year, first, last);
    }
    case 'quarter': {
      const quarter = Number(part.slice(1));
      return months(year, quarter * 3 - 2, quarter * 3);
    }
    case 'half':
      return part === 'H1' ? months(year, 1, 6) : months(year, 7, 12);
    case 'year':
      return months(year, 1, 12);
    case 'decade': {
      const first = Number(value.slice(0, 3)) * 10;
      return { start: months(first, 1, 1).start, end: months(first + 9, 12, 12).end };
    }
    case 'century': {
      const first = Number(value) * 100;
      return { start: months(first, 1, 1).start, end: months(first + 99, 12, 12).end };
    }
  }
}

/**
 * Whether the days of one value lie within the other's ("1997" holds "1997-07-01"): two dates
 * that can tell the same happening at different precisions.
 *
 * @example
 * valuesNest('1997', '1997-07-01') //=> true
 * valuesNest('1997-06', '1997-07-01') //=> false
 */
export function valuesNest(a: string, b: string): boolean {
  const first = dayInterval(a);
  const second = dayInterval(b);
  if (first === undefined || second === undefined) return a === b;
  return (first.start <= second.start && second.end <= first.end) || (second.start <= first.start && first.end <= second.end);
}

/**
 * Whether two values share at least one day.
 *
 * @example
 * valuesOverlap('2020', '2020-06-30') //=> true
 */
export function valuesOverlap(a: string, b: string): boolean {
  const first = dayInterval(a);
  const second = dayInterval(b);
  return first !== undefined && second !== undefined && first.start <= second.end && second.start <= first.end;
}
