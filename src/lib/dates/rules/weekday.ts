import type { Relative, Rule } from '../_lib/candidate.ts';
import { previousWord } from '../_lib/context.ts';
import { DAYPARTS } from '../data/dayparts.ts';
import { WEEKDAYS, weekdayNumber } from '../data/weekdays.ts';

const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAYS.map((name) => name.toLowerCase()));

/** Capitalised words that make a weekday part of a name ("Black Monday", "Super Tuesday", "Good Friday"). */
const NAMED_DAYS = new Set(['black', 'super', 'cyber', 'good', 'ash', 'holy', 'maundy', 'easter', 'bloody', 'blue', 'giving', 'spy']);

/**
 * Weekday names, placed by the anchor refiner in the week around the DCT: "on Friday", "last
 * Tuesday", "next Monday", "Friday afternoon" (a TIME: 2024-10-18TAF), "Friday night".
 */
export const weekday: Rule = {
  name: 'weekday',
  starters: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'last', 'next', 'this', 'coming', 'past'],
  next: Object.fromEntries(['last', 'next', 'this', 'coming', 'past'].map((word) => [word, WEEKDAY_WORDS])),
  capitalised: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  pattern: /(?<![\w-])(?:(last|next|this|coming|past)\s+)?((?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day)(?:\s+(morning|afternoon|evening|night))?(?!\w|['’]s\s+(?:Child|Mosque)|-\w)/g,
  extract(match, text) {
    const weekdayIndex = weekdayNumber(match[2]!);
    if (weekdayIndex === undefined) return null;
    const start = match.index;
    const end = start + match[0].length;
    if (match[1] === undefined && NAMED_DAYS.has(previousWord(text, start).toLowerCase())) return null;
    const which = match[1]?.toLowerCase();
    const shift = which === 'last' || which === 'past' ? -1 : which === 'next' || which === 'coming' ? 1 : undefined;
    const part = match[3] !== undefined ? DAYPARTS.get(match[3].toLowerCase()) : undefined;
    // Written out rather than spread from `{}` or `{ shift }`: this runs for every weekday named.
    const relative: Relative = shift === undefined ? { kind: 'weekday', weekday: weekdayIndex } : { kind: 'weekday', weekday: weekdayIndex, shift };
    return part ? { start, end, type: 'TIME', relative, daypart: part, rule: 'weekday' } : { start, end, type: 'DATE', relative, rule: 'weekday' };
  },
};
