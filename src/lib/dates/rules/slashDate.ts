import { formatDay, makeDay } from '../_lib/calendar.ts';
import type { Rule } from '../_lib/candidate.ts';

/**
 * Numeric dates with slashes, read month first as US news style writes them ("7/8/07" is 8 July),
 * unless the first number cannot be a month ("18/10/2024"). Two-digit years: 00–49 are 20xx.
 */
export const slashDate: Rule = {
  name: 'slashDate',
  starters: ['#1', '#2'],
  nextChar: { '#1': '/', '#2': '/' },
  pattern: /(?<![\w./-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\w/]|\.\d)/g,
  extract(match) {
    let month = Number(match[1]);
    let day = Number(match[2]);
    if (month > 12) [month, day] = [day, month];
    const yearText = match[3]!;
    const year = yearText.length === 2 ? (Number(yearText) < 50 ? 2000 : 1900) + Number(yearText) : Number(yearText);
    const date = makeDay(year, month, day);
    if (date === undefined) return null;
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', value: formatDay(date), rule: 'slashDate' };
  },
};
