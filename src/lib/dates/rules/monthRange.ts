import type { Rule } from '../_lib/candidate.ts';
import { RANGE_JOIN_SOURCE, RANGE_JOIN_WORDS, rangeCandidate } from '../_lib/range.ts';
import { MONTH_SOURCE, MONTH_WORDS, monthNumber } from '../data/months.ts';

const JOIN: ReadonlySet<string> = new Set(RANGE_JOIN_WORDS);

/**
 * Ranges and pairs of months whose year is written once, at the end: "March to May 2015",
 * "between January and March 2016", "December–February 2016". Why a rule: read alone, "March"
 * takes the publication year; the range gives it the year of its end, or the year before when its
 * month comes later ("December–February 2016": December 2015). Each month becomes its own DATE
 * (see `Candidate.parts`).
 */
export const monthRange: Rule = {
  name: 'monthRange',
  starters: MONTH_WORDS,
  next: Object.fromEntries(MONTH_WORDS.map((word) => [word, JOIN])),
  capitalised: MONTH_WORDS,
  pattern: new RegExp(`(?<![\\w-])(${MONTH_SOURCE})(?![\\w])${RANGE_JOIN_SOURCE}(${MONTH_SOURCE})\\s*(?:of\\s+|,\\s*)?(\\d{4})(?![\\w,.]\\d|\\w)`, 'g'),
  extract(match) {
    const [whole, firstWord, lastWord, yearText] = match;
    const first = monthNumber(firstWord!);
    const last = monthNumber(lastWord!);
    if (first === undefined || last === undefined || first === last) return null;
    const start = match.index;
    const lastStart = start + whole.lastIndexOf(lastWord!, whole.length - yearText!.length);
    const year = Number(yearText) - (first > last ? 1 : 0);
    const month = (n: number): string => String(n).padStart(2, '0');
    return rangeCandidate([
      { start, end: start + firstWord!.length, type: 'DATE', value: `${String(year).padStart(4, '0')}-${month(first)}`, rule: 'monthRange' },
      { start: lastStart, end: start + whole.length, type: 'DATE', value: `${yearText}-${month(last)}`, rule: 'monthRange' },
    ], 'monthRange');
  },
};
