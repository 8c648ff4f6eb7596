import { dayValue } from '../_lib/calendar.ts';
import type { Candidate } from '../_lib/candidate.ts';
import { MONTH_SOURCE, monthNumber } from '../data/months.ts';

/**
 * A day of a month with an optional year, as either rule reads it. Without a year the day is
 * left for the anchor refiner; a day the calendar lacks ("February 30") is not a date.
 */
export function monthDayCandidate(start: number, end: number, monthWord: string, dayText: string, yearText: string | undefined, rule: string): Candidate | null {
  const month = monthNumber(monthWord);
  const day = Number(dayText);
  if (month === undefined || day < 1 || day > 31) return null;
  if (yearText !== undefined) {
    const value = dayValue(Number(yearText), month, day);
    if (value === undefined) return null;
    return { start, end, type: 'DATE', value, rule };
  }
  // 2024 is a leap year, so this only rejects days no year has.
  if (dayValue(2024, month, day) === undefined) return null;
  return { start, end, type: 'DATE', relative: { kind: 'yearless', month, day }, rule };
}

export const MONTH_DAY_SOURCE = MONTH_SOURCE;
