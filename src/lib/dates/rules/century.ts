import type { Rule } from '../_lib/candidate.ts';
import { ORDINALS } from '../data/numbers.ts';

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty'];
const CENTURY: ReadonlySet<string> = new Set(['century']);

/**
 * Centuries, valued as TimeML does by their first two digits: "the 19th century" → 18,
 * "21st-century" → 20, "the twentieth century" → 19.
 */
export const century: Rule = {
  name: 'century',
  starters: ['#1', '#2', ...ORDINAL_WORDS],
  // "21st century"
  nextChar: { '#1': 'snrtSNRT', '#2': 'snrtSNRT' },
  // "the first such visit" need not run the pattern; "twenty-first" has no space and is tried.
  next: Object.fromEntries(ORDINAL_WORDS.map((word) => [word, CENTURY])),
  pattern: /(?<![\w-])(?:(\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[- ]century(?![\w])/gi,
  extract(match) {
    const ordinal = match[1] !== undefined ? Number(match[1]) : ORDINALS.get(match[2]!.toLowerCase());
    if (ordinal === undefined || ordinal < 1 || ordinal > 22) return null;
    return {
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      value: String(ordinal - 1).padStart(2, '0'),
      rule: 'century',
    };
  },
};
