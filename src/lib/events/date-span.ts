/**
 * When two dates of one sentence are the start and end of one happening ("From February 21 to
 * 28, 1972", "between 8 and 10 June", "4–7 March", "1961–62", "1 and 2 March 1966"): the tagger
 * reads them as two dates, as TimeML does; the event is one span.
 */
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { dayInterval } from '../dates/interval.ts';

/** The named rule, for `entente check --events` and /about/. */
export const DATE_SPAN_RULE = {
  id: 'date-span',
  reason: 'two dates joined by "to", "until", a dash, or "and" after "between" (or for consecutive days, months or years) are the start and end of one happening',
} as const;

const DASH = /^\s*[-–—]\s*$/u;
const TO = /^\s*(?:to|until|till|through)\s*$/iu;
const AND = /^\s*and\s*$/iu;
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/iu;

function nextDay(day: string): string {
  return format(addDays(parseISO(day), 1), 'yyyy-MM-dd');
}

/**
 * Whether the date `second` ends a span that `first` starts, given the words between them and
 * the words before `first`.
 *
 * @example
 * endsSpan({ value: '1972-02-21', before: 'From ' }, { value: '1972-02-28' }, ' to ') //=> true
 * endsSpan({ value: '1997', before: 'in ' }, { value: '2020' }, ' and ') //=> false
 */
export function endsSpan(first: { value: string; before: string }, second: { value: string }, between: string): boolean {
  const start = dayInterval(first.value);
  const end = dayInterval(second.value);
  if (start === undefined || end === undefined || end.end <= start.end) return false;
  if (DASH.test(between) || TO.test(between)) return true;
  if (!AND.test(between)) return false;
  // "in 1997 and 2020" are two happenings; "between 8 and 10 June", "1 and 2 March" one span.
  return BETWEEN_BEFORE.test(first.before) || end.start === nextDay(start.end);
}
