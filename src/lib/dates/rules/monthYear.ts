import type { Rule } from '../_lib/candidate.ts';
import { MONTH_SOURCE, MONTH_WORDS, monthNumber } from '../data/months.ts';

const OF_OR_YEAR: ReadonlySet<string> = new Set(['of', '#']);

/** A month of a stated year: "October 2015", "Oct. 2015", "June of 2009". */
export const monthYear: Rule = {
  name: 'monthYear',
  starters: MONTH_WORDS,
  next: Object.fromEntries(MONTH_WORDS.map((word) => [word, OF_OR_YEAR])),
  nextChar: Object.fromEntries(MONTH_WORDS.map((word) => [word, '., \t\n\r\f\v0123456789'])),
  capitalised: MONTH_WORDS,
  pattern: new RegExp(`(?<![\\w-])(${MONTH_SOURCE})\\s*(?:of\\s+|,\\s*)?(\\d{4})(?![\\w,.]\\d|\\w)`, 'g'),
  extract(match) {
    const month = monthNumber(match[1]!);
    if (month === undefined) return null;
    return {
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      value: `${match[2]}-${String(month).padStart(2, '0')}`,
      rule: 'monthYear',
    };
  },
};
