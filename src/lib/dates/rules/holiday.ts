import type { Rule } from '../_lib/candidate.ts';
import { HOLIDAY_SOURCE, HOLIDAYS } from '../data/holidays.ts';

const HOLIDAY_STARTERS = ['new', 'valentine', 'christmas', 'boxing', 'halloween', 'independence', 'bastille', 'armistice', 'may'];

/** Fixed-date holidays: "Christmas Day 2023" → 2023-12-25; without a year the anchor refiner places it. */
export const holiday: Rule = {
  name: 'holiday',
  starters: HOLIDAY_STARTERS,
  capitalised: HOLIDAY_STARTERS,
  pattern: new RegExp(`(?<![\\w-])(${HOLIDAY_SOURCE})(?:,?\\s+(\\d{4})(?![\\w,.]\\d|\\w))?(?![\\w-])`, 'g'),
  extract(match) {
    const key = match[1]!.toLowerCase().replace('’', "'");
    const day = HOLIDAYS.get(key);
    if (day === undefined) return null;
    const start = match.index;
    const end = start + match[0].length;
    if (match[2] !== undefined) {
      return { start, end, type: 'DATE', value: `${match[2]}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`, rule: 'holiday' };
    }
    return { start, end, type: 'DATE', relative: { kind: 'yearless', month: day.month, day: day.day }, rule: 'holiday' };
  },
};
