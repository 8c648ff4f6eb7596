import type { NextWordTest, Rule } from '../_lib/candidate.ts';
import { startsWithDayDigits } from '../_lib/chars.ts';
import { DAY_LIST_SOURCE, DAY_TOKEN, dayRangeParts, RANGE_JOIN_SOURCE, rangeCandidate, type StatedDay } from '../_lib/range.ts';
import { MONTH_SOURCE, MONTH_WORDS, monthNumber } from '../data/months.ts';
import { UNIT_SOURCE } from '../data/units.ts';
import { monthDayCandidate } from './monthDay.ts';

/** After the month, a day: one or two digits (a year, "July 2022", is another rule's). */
const DAY: NextWordTest = startsWithDayDigits;

/**
 * Ranges and lists of days written month first: "February 21 to 28, 1972", "October 26-27",
 * "May 12, 13 and 14", "February 21 to March 3, 1972". Why a rule: read alone, "28, 1972" and
 * "27" are no dates and "February 21" takes the publication year; the range gives the first day
 * the year stated at its end and the later days the first day's month. Each day becomes its own
 * DATE (see `Candidate.parts`). A count after the last number is no day ("June 1 and 2 days later").
 */
export const monthDayRange: Rule = {
  name: 'monthDayRange',
  starters: MONTH_WORDS,
  next: Object.fromEntries(MONTH_WORDS.map((word) => [word, DAY])),
  nextChar: Object.fromEntries(MONTH_WORDS.map((word) => [word, '. \t\n\r\f\v'])),
  capitalised: MONTH_WORDS,
  pattern: new RegExp(
    `(?<![\\w-])(${MONTH_SOURCE})\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\d:.]\\d)(${DAY_LIST_SOURCE})${RANGE_JOIN_SOURCE}`
    + `(?:(${MONTH_SOURCE})\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?![\\d:,.]\\d|\\s*(?:%|per ?cent|percent)|\\s+(?:${UNIT_SOURCE}|people|others|more)\\b)(?:,?\\s+(\\d{4})(?![\\d,.]\\d))?(?!\\w)`,
    'g',
  ),
  extract(match) {
    const [whole, firstMonth, , lastMonth, year] = match;
    const tokens = [...whole.matchAll(DAY_TOKEN)];
    const lastToken = tokens[tokens.length - 1]!;
    // "March 3, 1972" when the last day names its month, else "28, 1972".
    const lastStart = match.index + (lastMonth === undefined ? lastToken.index : whole.lastIndexOf(lastMonth, lastToken.index));
    const last = monthDayCandidate(lastStart, match.index + whole.length, lastMonth ?? firstMonth!, lastToken[1]!, year, 'monthDayRange');
    if (last === null) return null;
    const month = monthNumber(firstMonth!)!;
    const days = tokens.slice(0, -1).map((token, i): StatedDay => ({
      // "February 21": the first day's extent takes in its month.
      start: i === 0 ? match.index : match.index + token.index,
      end: match.index + token.index + token[0].length,
      day: Number(token[1]),
      month,
    }));
    const parts = dayRangeParts(days, last, 'monthDayRange');
    return parts === null ? null : rangeCandidate(parts, 'monthDayRange');
  },
};
