import type { Rule } from '../_lib/candidate.ts';
import { previousWord } from '../_lib/context.ts';

const LETTERS: Record<string, string> = { years: 'Y', months: 'M', weeks: 'W', days: 'D', decades: 'DE', hours: 'TH', minutes: 'TM', centuries: 'CE' };
const CUES = new Set(['for', 'over', 'within', 'in', 'after', 'took', 'take', 'takes', 'lasted', 'last', 'spent', 'spend']);

/**
 * A bare plural unit that measures time without a count: "months of protests" → PXM, "for
 * years" → PXY, "decades-long" → PXDE. Only where the grammar makes it a span, so "the years"
 * and "years of age" are left alone.
 */
export const vagueDuration: Rule = {
  name: 'vagueDuration',
  starters: ['years', 'months', 'weeks', 'days', 'decades', 'hours', 'minutes', 'centuries'],
  pattern: /(?<![\w-])(years|months|weeks|days|decades|hours|minutes|centuries)(-long)?(?![\w-])/gi,
  extract(match, text) {
    const start = match.index;
    const end = start + match[0].length;
    const word = match[1]!.toLowerCase();
    const before = previousWord(text, start).toLowerCase();
    const after = text.slice(end, end + 12);
    const spanLike = match[2] !== undefined || CUES.has(before) || (/^\s+of\s+(?!age|the\b|a\b|an\b)/i.test(after) && !/^(?:the|those|these|its|their|his|her|our|in|of|and|or|\d.*)$/.test(before));
    if (!spanLike) return null;
    const letters = LETTERS[word]!;
    const value = letters.startsWith('T') ? `PTX${letters.slice(1)}` : `PX${letters}`;
    return { start, end, type: 'DURATION', value, rule: 'vagueDuration' };
  },
};
