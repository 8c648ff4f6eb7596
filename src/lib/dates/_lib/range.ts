import { formatDay, makeDay } from './calendar.ts';
import type { Candidate } from './candidate.ts';

/**
 * Regex source for what joins the two ends of a range, or the last two items of a list: a dash
 * (hyphen, non-breaking hyphen, en or em dash; spaced or not) or a word ("4 to 7", "1 and 2").
 */
export const RANGE_JOIN_SOURCE = '(?:\\s*[-‑–—]\\s*|\\s+(?:to|and|or|until|till|through|thru)\\s+)';

/** The words RANGE_JOIN_SOURCE admits, lower case (see `Rule.next`). */
export const RANGE_JOIN_WORDS: readonly string[] = ['to', 'and', 'or', 'until', 'till', 'through', 'thru'];

/** Regex source for the days a list puts before its last two ("12, 13 and 14 May"): at most five. */
export const DAY_LIST_SOURCE = '(?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?(?!\\d)){0,5}';

/** A day or ordinal written as digits ("4", "21st"), not part of a longer number: the days of a range's match. */
export const DAY_TOKEN = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?!\d)/g;

/** A day of a range as written before the range's last day: its extent, day and month, if it names one. */
export interface StatedDay {
  start: number;
  end: number;
  day: number;
  month?: number;
}

/** The month and day of a date read as `YYYY-MM-DD` (or of a yearless reading). */
function monthAndDay(last: Candidate): { month: number; day: number } | undefined {
  if (last.value !== undefined) return { month: Number(last.value.slice(5, 7)), day: Number(last.value.slice(8, 10)) };
  const relative = last.relative;
  return relative?.kind === 'yearless' && relative.month !== undefined && relative.day !== undefined ? { month: relative.month, day: relative.day } : undefined;
}

/**
 * The candidates for the days of a range or list whose last day states what the earlier ones
 * leave out ("4–7 March 2015", "February 21 to 28, 1972", "12, 13 and 14 May"): an earlier day
 * takes the last one's month when it names none, and its year, a year less when its month comes
 * after the last one's ("28 December to 3 January 1972"). The days must run forward. Without a
 * year an earlier day copies the last day's reading, with its own month and day as the suffix,
 * so anchoring gives every day the year it gives the last. `null` when the days do not make a
 * range (a day the month lacks, days out of order).
 */
export function dayRangeParts(days: readonly StatedDay[], last: Candidate, rule: string): Candidate[] | null {
  const end = monthAndDay(last);
  if (end === undefined) return null;
  const parts: Candidate[] = [];
  let previous = -1;
  for (const stated of days) {
    const month = stated.month ?? end.month;
    const yearBefore = month > end.month;
    // Days in calendar order, the months of the year before counted first.
    const order = (yearBefore ? 0 : 12) * 32 + month * 32 + stated.day;
    if (order <= previous) return null;
    previous = order;
    const base = { start: stated.start, end: stated.end, type: 'DATE' as const, rule };
    if (last.value !== undefined) {
      const date = makeDay(Number(last.value.slice(0, 4)) - (yearBefore ? 1 : 0), month, stated.day);
      if (date === undefined) return null;
      parts.push({ ...base, value: formatDay(date) });
    } else if (makeDay(2024, month, stated.day) === undefined) {
      return null;
    } else if (yearBefore || (month === 2 && stated.day === 29)) {
      // Another year than the last day's, or a day only leap years have: placed on its own.
      parts.push({ ...base, relative: { kind: 'yearless', month, day: stated.day } });
    } else {
      const suffix = `${String(month).padStart(2, '0')}-${String(stated.day).padStart(2, '0')}`;
      parts.push({ ...base, relative: { kind: 'yearless', month: end.month, day: end.day, suffix } });
    }
  }
  if ((end.month + 12) * 32 + end.day <= previous) return null;
  parts.push(last);
  return parts;
}

/** One candidate for a whole range, to be split into `parts` (see `Candidate.parts`). */
export function rangeCandidate(parts: readonly Candidate[], rule: string): Candidate {
  const last = parts[parts.length - 1]!;
  return { start: parts[0]!.start, end: last.end, type: last.type, rule, parts };
}
