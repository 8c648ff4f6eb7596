import type { Rule } from '../_lib/candidate.ts';
import { ORDINALS } from '../data/numbers.ts';

const SPANS: ReadonlySet<string> = new Set(['quarter', 'half']);

/**
 * Quarters and halves of a year: "the first quarter of 2009" → 2009-Q1, "Q3 2024", "H1 2024",
 * "third-quarter" (profits) and "the second half" without a year, left to the anchor refiner.
 * "the last quarter" without a year is the quarter before the DCT's (TimeML anchors it on the DCT).
 */
export const quarter: Rule = {
  name: 'quarter',
  starters: ['the', 'final', 'last', 'q', 'h', '#1', 'first', 'second', 'third', 'fourth'],
  next: {
    the: new Set(['first', 'second', 'third', 'fourth', 'final', 'last', '1st', '2nd', '3rd', '4th']),
    ...Object.fromEntries(['first', 'second', 'third', 'fourth', 'final', 'last'].map((word) => [word, SPANS])),
  },
  // "1st quarter"
  nextChar: { '#1': 'snrt' },
  pattern: /(?<![\w-])(?:(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ](quarter|half)(?:\s+of\s+(?:(\d{4})(?![\w,.]\d)|(this|last|next|the)\s+year))?|(Q|H)([1-4])(?:\s+|\/|-)?((?:19|20)\d\d)?)(?![\w-])/g,
  extract(match) {
    const start = match.index;
    const end = start + match[0].length;
    let span: 'quarter' | 'half';
    let index: number;
    let yearText: string | undefined;
    let yearShift: -1 | 0 | 1 | undefined;
    if (match[5] !== undefined) {
      span = match[5] === 'Q' ? 'quarter' : 'half';
      index = Number(match[6]);
      yearText = match[7];
      if (yearText === undefined && span === 'half') return null; // "H2" alone is rarely a date
    } else {
      span = match[2]!.toLowerCase() === 'quarter' ? 'quarter' : 'half';
      const ordinalWord = match[1]!.toLowerCase();
      const ordinal = /^\d/.test(ordinalWord) ? Number(ordinalWord[0]) : ORDINALS.get(ordinalWord);
      if (ordinal === undefined) return null;
      index = ordinal === -1 ? (span === 'quarter' ? 4 : 2) : ordinal;
      yearText = match[3];
      const yearWord = match[4]?.toLowerCase();
      if (yearWord !== undefined) yearShift = yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0;
      if (ordinal === -1 && yearText === undefined && yearWord === undefined && ordinalWord === 'last') {
        if (span !== 'quarter') return null;
        return { start, end, type: 'DATE', relative: { kind: 'dct', unit: 'quarter', amount: -1, granularity: 'quarter' }, rule: 'quarter' };
      }
    }
    if ((span === 'quarter' && index > 4) || (span === 'half' && index > 2)) return null;
    const token = `${span === 'quarter' ? 'Q' : 'H'}${index}`;
    if (yearText !== undefined) return { start, end, type: 'DATE', value: `${yearText}-${token}`, rule: 'quarter' };
    return {
      start, end, type: 'DATE',
      relative: { kind: 'yearless', month: span === 'quarter' ? (index - 1) * 3 + 1 : (index - 1) * 6 + 1, suffix: token, span, ...(yearShift !== undefined ? { yearOffset: yearShift } : {}) },
      rule: 'quarter',
    };
  },
};
