import type { Rule } from '../_lib/candidate.ts';

const MERIDIEM: ReadonlySet<string> = new Set(['a', 'p', 'am', 'pm']);

/**
 * Clock times: "14:30", "2:30 p.m.", "8 a.m.", "0800 UTC", "noon", "midnight". The day is the
 * last day mentioned in the sentence or the DCT (merge and anchor refiners); UTC/GMT become `Z`.
 */
export const timeOfDay: Rule = {
  name: 'timeOfDay',
  starters: ['#1', '#2', '#4', 'noon', 'midday', 'midnight'],
  // "9:30", "9.30am", "9 p.m.", "0900 GMT", "1400hrs"
  nextChar: { '#1': ':.aApP \t\n\r\f\v', '#2': ':.aApP \t\n\r\f\v', '#4': 'uUgGhH \t\n\r\f\v' },
  // After a space only a.m./p.m. can follow one or two digits ("9 a.m.", "9 pm").
  next: { '#1': MERIDIEM, '#2': MERIDIEM },
  pattern: /(?<![\w.:$£€#-])(?:(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|(\d{1,2}):(\d{2})(?!\d|:\d|\.\d)|([01]\d|2[0-3])([0-5]\d)\s*(?=UTC|GMT|hrs|hours\b)|(noon|midday|midnight))(?:\s*(UTC|GMT|Z)\b(?!\s*[+−-]\s*\d))?(?:\s*\((?:UTC|GMT)\s*[+−-]\s*\d{1,2}(?::?\d{2})?\))?/gi,
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
      if (match[9] === undefined && !/\b(?:at|by|from|until|till|before|after|around|about|since|to)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) return null;
    } else if (match[6] !== undefined) {
      hours = Number(match[6]);
      minutes = Number(match[7]);
    } else {
      const word = match[8]!.toLowerCase();
      hours = word === 'midnight' ? 24 : 12;
    }
    if (hours > 24 || minutes > 59) return null;
    const zone = match[9] !== undefined ? 'Z' : '';
    const time = `T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}${zone}`;
    return { start, end, type: 'TIME', relative: { kind: 'timeOfDay', time }, rule: 'timeOfDay' };
  },
};
