import type { Rule } from '../_lib/candidate.ts';

const MERIDIEM: ReadonlySet<string> = new Set(['a', 'p', 'am', 'pm']);
/** The words the pattern takes after four digits and a space, lower case (the pattern ignores case). */
const AFTER_FOUR_DIGITS = /^(?:hours|hrs|hr|h|utc|gmt|z|msk|local|[a-z]{2,4}t)$/;

/** Before a bare clock time: the prepositions that make "at 9:30" and "at 1430 hours" times ("1200 hours" alone is a length). */
const CLOCK_CUE = /\b(?:at|by|from|until|till|before|after|around|about|since|to)\s+$/i;

/**
 * Clock times: "14:30", "2:30 p.m.", "8 a.m.", "0800 UTC", "noon", "midnight". The day is the
 * last day mentioned in the sentence or the DCT (merge and anchor refiners); UTC/GMT become `Z`.
 * Four digits are a time, never a year, before a zone ("at 2100 GMT", "1300 CET", "by 2359 local
 * time", the zone left outside the span unless UTC or GMT) or with "hrs", or "hours" after a
 * preposition or a leading zero ("at 1430 hours", "0600 hours", "1900 hrs").
 */
export const timeOfDay: Rule = {
  name: 'timeOfDay',
  starters: ['#1', '#2', '#4', 'noon', 'midday', 'midnight'],
  // "9:30", "9.30am", "9 p.m.", "0900 GMT", "0900Z", "1400hrs"
  nextChar: { '#1': ':.aApP \t\n\r\f\v', '#2': ':.aApP \t\n\r\f\v', '#4': 'uUgGhHzZ \t\n\r\f\v' },
  // After a space only a.m./p.m. can follow one or two digits ("9 a.m.", "9 pm"), and only a zone
  // or "hours" four ("0900 GMT", "1300 CET", "1430 hours"): not "2022 for", "6329 people".
  next: { '#1': MERIDIEM, '#2': MERIDIEM, '#4': (word) => AFTER_FOUR_DIGITS.test(word) },
  pattern: /(?<![\w.:$£€#-])(?:(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|(\d{1,2}):(\d{2})(?!\d|:\d|\.\d)|([01]\d|2[0-3])([0-5]\d)(?:\s*(hours|hrs|hr|h)\b|(?=\s*(UTC|GMT|Z|[A-Z]{2,4}T|MSK|local\s+time)\b))|(noon|midday|midnight))(?:\s*(UTC|GMT|Z)\b(?!\s*[+−-]\s*\d))?(?:\s*\((?:UTC|GMT)\s*[+−-]\s*\d{1,2}(?::?\d{2})?\))?/gi,
  extract(match, text) {
    const start = match.index;
    const end = start + match[0].length;
    let hours: number;
    let minutes = 0;
    if (match[3] !== undefined) {
      hours = Number(match[1]);
      minutes = match[2] !== undefined ? Number(match[2]) : 0;
      if (hours < 1 || hours > 12) return null;
      if (match[3].toLowerCase() === 'p' && hours !== 12) hours += 12;
      if (match[3].toLowerCase() === 'a' && hours === 12) hours = 0;
    } else if (match[4] !== undefined) {
      hours = Number(match[4]);
      minutes = Number(match[5]);
      // "3:1" scores and "1:30" ratios are rare with a zone or a.m.; a bare H:MM needs a cue.
      if (match[11] === undefined && !CLOCK_CUE.test(text.slice(Math.max(0, start - 8), start))) return null;
    } else if (match[6] !== undefined) {
      hours = Number(match[6]);
      minutes = Number(match[7]);
      const written = match[9];
      // A zone is written in capitals: "1945 West Germany" is a year.
      if (written !== undefined && !/^local/i.test(written) && written !== written.toUpperCase()) return null;
      // "hours" also counts a length ("1200 hours in the air"); "hrs" and "h" are the clock's.
      if (match[8]?.toLowerCase() === 'hours' && !match[6].startsWith('0') && !CLOCK_CUE.test(text.slice(Math.max(0, start - 8), start))) return null;
    } else {
      const word = match[10]!.toLowerCase();
      hours = word === 'midnight' ? 24 : 12;
    }
    if (hours > 24 || minutes > 59) return null;
    const zone = match[11] !== undefined ? 'Z' : '';
    const time = `T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}${zone}`;
    return { start, end, type: 'TIME', relative: { kind: 'timeOfDay', time }, rule: 'timeOfDay' };
  },
};
