import type { Rule } from '../_lib/candidate.ts';
import { DAYPARTS } from '../data/dayparts.ts';

const DAYPART_WORDS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

const DAY_OFFSET: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };

/**
 * Days named from the speaker's today, anchored on the DCT as news copy means them: "today",
 * "yesterday", "tomorrow", "tonight" (that night: TNI), "yesterday afternoon", "this morning",
 * "last night" (the night before the DCT).
 */
export const deictic: Rule = {
  name: 'deictic',
  starters: ['today', 'yesterday', 'tomorrow', 'tonight', 'this', 'last'],
  next: { this: DAYPART_WORDS, last: DAYPART_WORDS },
  pattern: /(?<![\w-])(?:(today|yesterday|tomorrow|tonight)(?:['’]s)?(?:\s+(morning|afternoon|evening|night))?|(this|last)\s+(morning|afternoon|evening|night))(?![\w-])/gi,
  extract(match) {
    const start = match.index;
    let end = start + match[0].length;
    if (match[1] !== undefined) {
      const word = match[1].toLowerCase();
      if (/['’]s$/.test(match[0])) end -= 2;
      const part = word === 'tonight' ? 'NI' : match[2] !== undefined ? DAYPARTS.get(match[2].toLowerCase()) : undefined;
      return {
        start, end, type: part ? 'TIME' : 'DATE',
        relative: { kind: 'dct', unit: 'day', amount: DAY_OFFSET[word] ?? 0, granularity: 'day' },
        ...(part ? { daypart: part } : {}),
        rule: 'deictic',
      };
    }
    const partWord = match[4]!.toLowerCase();
    const part = DAYPARTS.get(partWord);
    // "last night" is the night before; "last morning" is not English for a date.
    if (match[3]!.toLowerCase() === 'last' && partWord !== 'night') return null;
    return {
      start, end, type: 'TIME',
      relative: { kind: 'dct', unit: 'day', amount: match[3]!.toLowerCase() === 'last' ? -1 : 0, granularity: 'day' },
      ...(part ? { daypart: part } : {}),
      rule: 'deictic',
    };
  },
};
