import type { NextWordTest, Rule } from '../_lib/candidate.ts';
import { startsWithDayDigits } from '../_lib/chars.ts';
import { MONTH_SOURCE, MONTH_WORDS } from '../data/months.ts';
import { monthDayCandidate } from './monthDay.ts';

/** After the month, a day: one or two digits (a year, "July 2022", is another rule's). */
const DAY: NextWordTest = startsWithDayDigits;

/** Month first, as US and most wire copy write it: "October 18", "Oct. 18, 2024", "June 1st 2009". */
export const monthDayYear: Rule = {
  name: 'monthDayYear',
  starters: MONTH_WORDS,
  // The day follows after white space ("Sept. 5": after the abbreviation's full stop).
  next: Object.fromEntries(MONTH_WORDS.map((word) => [word, DAY])),
  nextChar: Object.fromEntries(MONTH_WORDS.map((word) => [word, '. \t\n\r\f\v'])),
  capitalised: MONTH_WORDS,
  pattern: new RegExp(`(?<![\\w-])(${MONTH_SOURCE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:,.]\\d|\\s*(?:%|per ?cent|percent)|-\\d)(?:,?\\s+(\\d{4})(?![\\d,.]\\d))?\\b`, 'g'),
  extract(match) {
    return monthDayCandidate(match.index, match.index + match[0].length, match[1]!, match[2]!, match[3], 'monthDayYear');
  },
};
