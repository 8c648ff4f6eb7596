import type { NextWordTest, Rule } from '../_lib/candidate.ts';
import { isDigit } from '../_lib/chars.ts';
import { atSentenceStart, isCapitalised, nextWord, previousWord } from '../_lib/context.ts';
import { AMBIGUOUS_MONTHS, MONTH_WORDS, MONTHS, monthNumber } from '../data/months.ts';

/** Words after which a month name is read as the month: "in May", "since March", "last June". */
const MONTH_CUES = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'during', 'before', 'after', 'of',
  'last', 'next', 'this', 'early', 'late', 'mid', 'mid-', 'between', 'and', 'or', 'until', 'throughout',
  'around', 'for', 'on', 'past', 'coming', 'end', 'beginning', 'start', 'middle', 'each', 'every',
]);

const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS.map((m) => m.name.toLowerCase()));
const NO_NUMBER: NextWordTest = (word) => !isDigit(word.charCodeAt(0));

/** "last September" counts back, "next March" forward, "this June" stays in the DCT's year. */
const SHIFTS: Record<string, -1 | 0 | 1> = { last: -1, past: -1, next: 1, coming: 1, this: 0 };

/**
 * A month named without day or year ("in February", "last September"). Month names are
 * proper nouns, so only capitalised words count; "May" and "March" also need a cue word before
 * them, because they are as often a verb, a person or a protest.
 */
export const monthName: Rule = {
  name: 'monthName',
  starters: [...MONTH_WORDS, 'last', 'next', 'this', 'past', 'coming'],
  next: {
    ...Object.fromEntries(['last', 'next', 'this', 'past', 'coming'].map((word) => [word, MONTH_NAMES])),
    // A number after the month is its day or year ("July 18", "July 2022"): the month-day and month-year rules' match.
    ...Object.fromEntries(MONTH_WORDS.map((word) => [word, NO_NUMBER])),
  },
  capitalised: MONTH_WORDS,
  pattern: new RegExp(`(?<![\\w-])(?:(last|next|this|past|coming)\\s+)?(${MONTHS.map((m) => m.name).join('|')})(?:\\s+(?:of\\s+)?(this|last|next)\\s+year)?(?![\\w-]|\\s+\\d)`, 'g'),
  extract(match, text) {
    const word = match[2]!;
    const month = monthNumber(word);
    if (month === undefined) return null;
    const shiftWord = match[1];
    const yearWord = match[3]?.toLowerCase();
    const cue = shiftWord ?? previousWord(text, match.index).toLowerCase();
    const cued = MONTH_CUES.has(cue) || cue.startsWith('mid-') || yearWord !== undefined;
    if (AMBIGUOUS_MONTHS.has(word.toLowerCase()) && !cued) return null;
    // "June Carter", "August Rush": a capitalised word after an uncued month makes it a name.
    const after = nextWord(text, match.index + match[0].length);
    if (!cued && after !== '' && isCapitalised(after) && !atSentenceStart(text, match.index + match[0].length)) return null;
    const start = match.index;
    return {
      start,
      end: start + match[0].length,
      type: 'DATE',
      relative: {
        kind: 'yearless', month,
        ...(shiftWord ? { shift: SHIFTS[shiftWord.toLowerCase()] } : {}),
        ...(yearWord ? { yearOffset: yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0 } : {}),
      },
      rule: 'monthName',
    };
  },
};
