import { dayInterval } from '../dates/interval.ts';
import { datePrecision } from '../dates/precision.ts';
import type { DayInterval } from '../dates/interval.ts';
import type { EventDate } from './model.ts';

/**
 * Every day an event's date covers: from the first day of its value to the last day of its end
 * (or of its value, without an end). `undefined` for a value with no calendar place.
 *
 * @example
 * eventSpan({ value: '1972-02-21', end: '1972-02-28' }) //=> { start: '1972-02-21', end: '1972-02-28' }
 * eventSpan({ value: '2011', end: '2012' }) //=> { start: '2011-01-01', end: '2012-12-31' }
 * eventSpan({ value: '2024-W42' }) //=> { start: '2024-10-14', end: '2024-10-20' }
 */
export function eventSpan(date: Pick<EventDate, 'value' | 'end'>): DayInterval | undefined {
  const first = dayInterval(date.value);
  if (first === undefined) return undefined;
  const last = date.end === undefined ? undefined : dayInterval(date.end);
  // An end never shortens the span, even one written before its start.
  return last !== undefined && last.end > first.end ? { start: first.start, end: last.end } : first;
}

/**
 * The date made to last until `end`, a TIMEX3 calendar value: `end` and `endPrecision` are set
 * together, as every range must have them. An end with no calendar place, or one that ends no
 * later than the date itself ("2011" until "2011-06"), adds nothing.
 *
 * @example
 * withEnd({ value: '1972-02-21', precision: 'day' }, '1972-02-28')
 * //=> { value: '1972-02-21', precision: 'day', end: '1972-02-28', endPrecision: 'day' }
 * withEnd({ value: '2011', precision: 'year' }, '2011-06') //=> { value: '2011', precision: 'year' }
 */
export function withEnd(date: EventDate, end: string): EventDate {
  const endPrecision = datePrecision(end);
  const last = dayInterval(end)?.end;
  const ownLast = dayInterval(date.value)?.end;
  if (endPrecision === undefined || last === undefined || ownLast === undefined || last <= ownLast) return date;
  return { ...date, end, endPrecision };
}
