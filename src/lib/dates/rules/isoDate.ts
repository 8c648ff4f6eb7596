import { isCalendarDay } from '../_lib/calendar.ts';
import type { Rule } from '../_lib/candidate.ts';

/** ISO 8601 calendar dates, optionally with a time: "2024-10-18", "2024-10-18T14:30". */
export const isoDate: Rule = {
  name: 'isoDate',
  starters: ['#4'],
  nextChar: { '#4': '-' },
  pattern: /(?<![\w./-])(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2})?(Z)?)?(?![\w/-]|\.\d)/g,
  extract(match) {
    const day = match[1]!;
    if (!isCalendarDay(day)) return null;
    const time = match[2];
    return {
      start: match.index,
      end: match.index + match[0].length,
      type: time ? 'TIME' : 'DATE',
      value: time ? `${day}T${time}${match[3] ?? ''}` : day,
      rule: 'isoDate',
    };
  },
};
