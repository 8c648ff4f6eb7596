import type { Rule } from '../_lib/candidate.ts';
import { previousWord } from '../_lib/context.ts';
import { DAY_LIST_SOURCE, DAY_TOKEN, dayRangeParts, RANGE_JOIN_SOURCE, RANGE_JOIN_WORDS, rangeCandidate, type StatedDay } from '../_lib/range.ts';
import { MONTH_SOURCE, MONTH_WORDS, monthNumber } from '../data/months.ts';
import { monthDayCandidate } from './monthDay.ts';
import { namesNumber } from './year.ts';

/** After the first day: a joining word, "of" or a month ("21 February to 3 March"). */
const AFTER_DAY: ReadonlySet<string> = new Set([...RANGE_JOIN_WORDS, 'of', ...MONTH_WORDS]);

/**
 * Ranges and lists of days written day first, the last day carrying the month and year:
 * "4–7 March 2015", "from 4 to 10 January 1966", "between 8 and 10 June 2015", "1 and 2 March
 * 1966", "12, 13 and 14 May", "21 February to 3 March 1972". Why a rule: read one day at a time,
 * "4" is no date and "21 February" takes the publication year; the range says which month and
 * year they share. Each day becomes its own DATE (see `Candidate.parts`).
 */
export const dayRange: Rule = {
  name: 'dayRange',
  starters: ['#1', '#2'],
  // "4–7", "4-7", "4 to 7", "4th to", "4, 5 and 6", "21 February to"
  nextChar: { '#1': '-,snrt \t\n\r\f\v', '#2': '-,snrt \t\n\r\f\v' },
  next: { '#1': AFTER_DAY, '#2': AFTER_DAY },
  pattern: new RegExp(
    `(?<![\\w.,$£€#/:-])\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?(${MONTH_SOURCE})(?!\\w))?(${DAY_LIST_SOURCE})${RANGE_JOIN_SOURCE}`
    + `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_SOURCE})(?!\\w)(?:,?\\s+(\\d{4})(?![\\d,.]\\d))?`,
    'g',
  ),
  extract(match, text) {
    const [whole, firstMonth, list, lastMonth, year] = match;
    // A month on the first day and a list ("4 March, 5 and 6 May") is no shape news writes.
    if (firstMonth !== undefined && list !== '') return null;
    // "pages 12-14 May be missing", "Articles 5 and 6": numbers of a document's parts.
    if (namesNumber(previousWord(text, match.index))) return null;
    const tokens = [...whole.matchAll(DAY_TOKEN)];
    const lastToken = tokens[tokens.length - 1]!;
    const lastStart = match.index + lastToken.index;
    const last = monthDayCandidate(lastStart, match.index + whole.length, lastMonth!, lastToken[1]!, year, 'dayRange');
    if (last === null) return null;
    const days: StatedDay[] = tokens.slice(0, -1).map((token, i): StatedDay => {
      const start = match.index + token.index;
      if (i === 0 && firstMonth !== undefined) {
        // "21 February": the first day's extent takes in its month.
        const monthEnd = whole.indexOf(firstMonth, token.index) + firstMonth.length;
        return { start, end: match.index + monthEnd, day: Number(token[1]), month: monthNumber(firstMonth)! };
      }
      return { start, end: start + token[0].length, day: Number(token[1]) };
    });
    const parts = dayRangeParts(days, last, 'dayRange');
    return parts === null ? null : rangeCandidate(parts, 'dayRange');
  },
};
