// Subpath imports: the package root loads every date-fns function (seconds at start-up).
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import type { DayInterval } from '../dates/interval.ts';
import type { EventKind } from './model.ts';

/** How far before publication a happening still counts as news the article reports. */
const REPORTED_DAYS_BEFORE = 14;
/** How far ahead a plan ("will travel on Friday") is still reported, not recalled. */
const REPORTED_DAYS_AFTER = 90;
/** Dates coarser than this many days (a month, a year) are history recalled, not news. */
const REPORTED_MAX_SPAN_DAYS = 7;

/**
 * `reported` when the happening is the article's news: a day or week close to its publication
 * date; `background` when it recalls history ("in 1997", "last year").
 *
 * @example
 * eventKind({ start: '2024-10-18', end: '2024-10-18' }, '2024-10-18') //=> 'reported'
 * eventKind({ start: '2015-01-01', end: '2015-12-31' }, '2024-10-18') //=> 'background'
 */
export function eventKind(interval: DayInterval, publicationDate: string): EventKind {
  const published = parseISO(publicationDate);
  const start = parseISO(interval.start);
  const span = differenceInCalendarDays(parseISO(interval.end), start);
  const fromPublication = differenceInCalendarDays(start, published);
  const isNews =
    span < REPORTED_MAX_SPAN_DAYS &&
    fromPublication >= -REPORTED_DAYS_BEFORE &&
    fromPublication <= REPORTED_DAYS_AFTER;
  return isNews ? 'reported' : 'background';
}
