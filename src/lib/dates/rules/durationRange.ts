import type { Rule } from '../_lib/candidate.ts';
import { previousWord } from '../_lib/context.ts';
import { monthNumber } from '../data/months.ts';
import { RANGE_JOIN_SOURCE, RANGE_JOIN_WORDS, rangeCandidate } from '../_lib/range.ts';
import { NUMBER_SOURCE, numberValue, SMALL_NUMBER_WORDS } from '../data/numbers.ts';
import { durationValue, UNIT_SOURCE } from '../data/units.ts';

const JOIN: ReadonlySet<string> = new Set(RANGE_JOIN_WORDS);
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * Ranges of lengths whose unit is written once: "between 60 and 90 days", "two to three weeks",
 * "5-10 years", "one or two days". Why a rule: the duration rule reads only the count next to the
 * unit ("90 days"), and the first count alone is no expression. The first count takes the
 * second's unit; it must be the smaller, and no day of a month ("June 1 and 2 days later"). Each count becomes its own DURATION (see `Candidate.parts`).
 */
export const durationRange: Rule = {
  name: 'durationRange',
  starters: ['#', ...SMALL_NUMBER_WORDS, ...TENS],
  next: Object.fromEntries(['#', ...SMALL_NUMBER_WORDS, ...TENS].map((word) => [word, JOIN])),
  // "5-10", "2.5 to 3", "60 and"
  nextChar: { '#': '.-‑ \t\n\r\f\v' },
  pattern: new RegExp(`(?<![\\w$£€#.,-])(${NUMBER_SOURCE})${RANGE_JOIN_SOURCE}(${NUMBER_SOURCE})(?:-|\\s+)(${UNIT_SOURCE})(?![\\w-])`, 'gi'),
  extract(match, text) {
    const [whole, firstWord, lastWord, unit] = match;
    const first = numberValue(firstWord!);
    const last = numberValue(lastWord!);
    if (typeof first !== 'number' || typeof last !== 'number' || first >= last || /^an?$/i.test(firstWord!)) return null;
    if (monthNumber(previousWord(text, match.index)) !== undefined) return null;
    const firstValue = durationValue(first, unit!);
    const lastValue = durationValue(last, unit!);
    if (firstValue === undefined || lastValue === undefined) return null;
    const start = match.index;
    const end = start + whole.length;
    const lastStart = start + whole.lastIndexOf(lastWord!, whole.length - unit!.length);
    return rangeCandidate([
      { start, end: start + firstWord!.length, type: 'DURATION', value: firstValue, rule: 'durationRange' },
      { start: lastStart, end, type: 'DURATION', value: lastValue, rule: 'durationRange' },
    ], 'durationRange');
  },
};
