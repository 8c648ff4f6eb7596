import type { Rule } from '../_lib/candidate.ts';
import { MONTH_SOURCE, monthNumber } from '../data/months.ts';

/** A month of a stated year: "October 2015", "Oct. 2015", "June of 2009". */
export const monthYear: Rule = {
  name: 'monthYear',
  starters: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec'],
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
