import type { Rule } from '../_lib/candidate.ts';
import { previousWord } from '../_lib/context.ts';
import { SEASONS } from '../data/seasons.ts';

const SEASON_WORDS: ReadonlySet<string> = new Set(SEASONS.keys());

/** Words that make a season word a time ("in summer", "last winter"), not a verb ("prices fall"). */
const SEASON_CUES = new Set(['the', 'in', 'by', 'until', 'during', 'since', 'early', 'late', 'mid', 'of', 'over', 'through', 'this', 'last', 'next', 'past', 'coming', 'before', 'after', 'for', 'that']);

/**
 * Seasons, valued with TimeML's tokens: "summer 2019" and "the summer of 2019" → 2019-SU;
 * "last winter", "this spring" and a cued "in autumn" are placed by the anchor refiner.
 */
export const season: Rule = {
  name: 'season',
  starters: ['this', 'last', 'next', 'past', 'coming', 'spring', 'summer', 'autumn', 'fall', 'winter'],
  next: Object.fromEntries(['this', 'last', 'next', 'past', 'coming'].map((word) => [word, SEASON_WORDS])),
  pattern: /(?<![\w-])(?:(this|last|next|past|coming)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4})(?![\w,.]\d|\w))?(?![\w-])/gi,
  extract(match, text) {
    const word = match[2]!.toLowerCase();
    const info = SEASONS.get(word);
    if (info === undefined) return null;
    const start = match.index;
    const end = start + match[0].length;
    if (match[3] !== undefined) return { start, end, type: 'DATE', value: `${match[3]}-${info.token}`, rule: 'season' };
    const shiftWord = match[1]?.toLowerCase();
    if (shiftWord === undefined && !SEASON_CUES.has(previousWord(text, start).toLowerCase())) return null;
    // Capitalised "Spring"/"Fall" without a cue is usually a name ("Arab Spring" has a cue-less capital).
    if (shiftWord === undefined && /^[A-Z]/.test(match[2]!) && previousWord(text, start).toLowerCase() !== 'the' && previousWord(text, start).toLowerCase() !== 'in') return null;
    if (word === 'fall' && shiftWord === undefined && !/^(?:the|in|this|last|next|by|until|during|since|of|early|late)$/i.test(previousWord(text, start))) return null;
    const shift = shiftWord === 'last' || shiftWord === 'past' ? -1 : shiftWord === 'next' || shiftWord === 'coming' ? 1 : shiftWord === 'this' ? 0 : undefined;
    return {
      start, end, type: 'DATE',
      relative: { kind: 'yearless', month: info.startMonth, suffix: info.token, span: 'season', ...(shift !== undefined ? { shift } : {}) },
      rule: 'season',
    };
  },
};
