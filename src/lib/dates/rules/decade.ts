import type { Rule } from '../_lib/candidate.ts';
import { previousWord } from '../_lib/context.ts';

/** Decade words read with "the": "the nineties". */
const DECADE_WORDS: Record<string, string> = {
  twenties: '2', thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9',
};

/**
 * Decades, valued with TimeML's X for the unknown year digit: "the 1990s" → 199X, "the '80s"
 * and "the eighties" → 198X (two-digit decades are taken in the 1900s, as English uses them).
 * "in their 80s" is an age, so a possessive before a short form refuses it.
 */
export const decade: Rule = {
  name: 'decade',
  starters: ['#1', '#2', '#4', "'", '’', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
  // "1990s", "1990's", "90s"
  nextChar: { '#1': "sS'", '#2': "sS'", '#4': "sS'" },
  pattern: /(?<![\w$£€#.,'’-])(?:(1[0-9]|20)(\d)0['’]?s|['’]?([1-9]|0)0['’]?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w-])/gi,
  extract(match, text) {
    const start = match.index;
    const end = start + match[0].length;
    const before = previousWord(text, start).toLowerCase();
    let value: string;
    if (match[1] !== undefined) value = `${match[1]}${match[2]}X`;
    else {
      if (/^(?:their|his|her|its|our|your|my|in)$/.test(before) && !/['’]/.test(match[0])) return null;
      if (match[4] !== undefined) {
        if (before !== 'the' && before !== 'early' && before !== 'late' && before !== 'mid') return null;
        value = `19${DECADE_WORDS[match[4].toLowerCase()]}X`;
      } else {
        if (!/['’]/.test(match[0]) && !/^(?:the|early|late|mid|and|or|to|through)$/.test(before)) return null;
        value = match[3] === '0' ? '200X' : `19${match[3]}X`;
      }
    }
    return { start, end, type: 'DATE', value, rule: 'decade' };
  },
};
