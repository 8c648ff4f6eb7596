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

/** Where a clause or a list item ends: a comma, a semicolon, a colon or a dash between words. */
const CLAUSE_BOUNDARY = /[,;:]\s+|\s[—–-]\s/gu;
/** Fewer words than this besides the date, and the clause reaches back to the one before ("the negotiations, 1951 to 1953"). */
const CLAUSE_MIN_WORDS = 3;

/**
 * The clause of `sentence` that holds the date at `start`–`end`: from the boundary before it to
 * the boundary after it, reaching one clause back when the date's own clause is little else.
 *
 * @example
 * clauseAround('After the republic was proclaimed on 2 March 1956, France recognised it on 20 March.', 77, 85)
 * //=> 'France recognised it on 20 March.'
 */
export function clauseAround(sentence: string, start: number, end: number): string {
  const boundaries = [...sentence.matchAll(CLAUSE_BOUNDARY)].map((match) => [match.index, match.index + match[0].length] as const);
  const before = boundaries.filter(([, after]) => after <= start);
  const next = boundaries.find(([at]) => at >= end)?.[0] ?? sentence.length;
  let from = before.at(-1)?.[1] ?? 0;
  const words = (text: string) => text.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length;
  if (words(sentence.slice(from, start) + sentence.slice(end, next)) < CLAUSE_MIN_WORDS) from = before.at(-2)?.[1] ?? 0;
  return sentence.slice(from, next).trim();
}

/** The named rule for a relative date restated in explicit words right after it. */
export const RESTATED_DATE_RULE = {
  id: 'restated-date',
  reason: 'a relative date restated right after it in explicit words ("two years later, on 6 October 1981") is one date: the explicit words date the happening',
} as const;

/** Words of a date counted from another ("two years later", "the following day", "a week earlier"). */
const RELATIVE_WORDS = /\b(?:later|earlier|after|afterwards|before|ago|following|next|previous|that|same)\b/iu;
/** Whether a date's words count it from another date ("the following year", "two years later"). */
export function isRelativeDateText(text: string): boolean {
  return RELATIVE_WORDS.test(text);
}

const RESTATEMENT_GAP = /^\s*,?\s*(?:on|in)?\s*$/iu;

/**
 * Whether the date written `between` after a relative date restates it in explicit words.
 *
 * @example
 * restatesDate('two years later', ', on ', '6 October 1981') //=> true
 * restatesDate('in 1997', ' and ', '2020') //=> false
 */
export function restatesDate(relative: string, between: string, explicit: string): boolean {
  return isRelativeDateText(relative) && RESTATEMENT_GAP.test(between) && /\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}|\p{Lu}\p{Ll}+\s+\d{1,2}\b/u.test(explicit);
}
