import type { Rule } from '../_lib/candidate.ts';
import { MONTH_SOURCE, MONTH_WORDS } from '../data/months.ts';

const OF_OR_MONTH: ReadonlySet<string> = new Set(['of', ...MONTH_WORDS]);
import { monthDayCandidate } from './monthDay.ts';

/** Day first, as British and Commonwealth papers write it: "18 October 2024", "the 18th of October". */
export const dayMonthYear: Rule = {
  name: 'dayMonthYear',
  starters: ['#1', '#2'],
  // "18 October", "18th of October"
  nextChar: { '#1': 'snrt \t\n\r\f\v', '#2': 'snrt \t\n\r\f\v' },
  next: { '#1': OF_OR_MONTH, '#2': OF_OR_MONTH },
  pattern: new RegExp(`(?<![\\w.,$£€#-])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_SOURCE})(?![\\w])(?:,?\\s+(\\d{4})(?![\\d,.]\\d))?`, 'g'),
  extract(match) {
    return monthDayCandidate(match.index, match.index + match[0].length, match[2]!, match[1]!, match[3], 'dayMonthYear');
  },
};
