import type { Rule } from '../_lib/candidate.ts';
import { previousWord } from '../_lib/context.ts';
import { monthNumber } from '../data/months.ts';
import { SEASONS } from '../data/seasons.ts';

/**
 * Words before "'82" that make it a year. An apostrophe before two digits is otherwise as often a
 * quotation mark ("'82 people,' she said"), so the number needs a word that asks for a time.
 */
const SHORT_YEAR_CUES: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'during', 'before', 'after', 'of',
  'between', 'and', 'the', 'early', 'late', 'mid', 'around', 'circa', 'class',
]);

/**
 * Years written with an apostrophe for the century ("in '82", "since ’05"), valued as the whole
 * year TimeML asks for: the century is the DCT's, or the one before when that would put the year
 * after the DCT (news does not elide the century of a year to come). Decades ("the '90s") are the
 * decade rule's.
 */
export const shortYear: Rule = {
  name: 'shortYear',
  starters: ["'", '’'],
  // Not a decade ("'90s"), a clock time or score ("'82:30"), or a longer number.
  pattern: /(?<![\w'’])['’](\d{2})(?![\w'’%]|[.,:]\d)/g,
  extract(match, text) {
    const start = match.index;
    const before = previousWord(text, start);
    const lower = before.toLowerCase();
    if (!SHORT_YEAR_CUES.has(lower) && !SEASONS.has(lower) && monthNumber(before) === undefined) return null;
    return { start, end: start + match[0].length, type: 'DATE', relative: { kind: 'shortYear', digits: Number(match[1]) }, rule: 'shortYear' };
  },
};
