import type { Rule, Unit } from '../_lib/candidate.ts';
import { DAYPARTS } from '../data/dayparts.ts';

const OFFSETS: Record<string, number> = { following: 1, next: 1, previous: -1, preceding: -1, prior: -1, same: 0, that: 0 };

/**
 * Expressions that TimeML anchors on the last date the text mentioned: "the following day",
 * "the next day", "the previous year", "that day", "the same week", "the day before",
 * "that morning", "on the day".
 */
export const anaphoric: Rule = {
  name: 'anaphoric',
  // Not "next": a match that starts there has no "the", and "next year" without it is the
  // relative-unit rule's (extract refuses it), so the pattern need not run at every "next".
  starters: ['the', 'following', 'previous', 'preceding', 'prior', 'same', 'that'],
  next: { the: new Set(['following', 'next', 'previous', 'preceding', 'prior', 'same', 'day', 'year']) },
  pattern: /(?<![\w-])(?:(?:the\s+)?(following|next|previous|preceding|prior|same)\s+(day|week|month|year|morning|afternoon|evening|night)|(that)\s+(day|week|month|year|morning|afternoon|evening|night)|the\s+(day|year)\s+(before|after|earlier|later)(?=\s*(?:[,.;:)]|$|yesterday|tomorrow))|(?<=(?:\b(?:on|for|during|throughout|of|in|end|ends|ended|ending|finish|finished|finishing|close|closed|closing|start|started|starting|began|begin|opened|opening)\s+))the\s+day)(?![\w-])/gi,
  extract(match, text) {
    const start = match.index;
    const end = start + match[0].length;
    let offset: number;
    let word: string;
    if (match[5] !== undefined) {
      word = match[5].toLowerCase();
      offset = /^(?:before|earlier)$/i.test(match[6]!) ? -1 : 1;
    } else if (match[1] !== undefined || match[3] !== undefined) {
      word = (match[2] ?? match[4])!.toLowerCase();
      const which = (match[1] ?? match[3])!.toLowerCase();
      // "next year"/"next week" without "the" are counted from the DCT by the relative-unit rule.
      if (which === 'next' && !/^the\s/i.test(match[0])) return null;
      offset = OFFSETS[which] ?? 0;
      // "the next day in court" is fine, but "that year's" still names the year; nothing to refuse.
    } else {
      // "on the day" — the day the text is talking about. "the day of the vote" / "the day when" name another day.
      if (/^\s+(?:of|when|that|after|before|the)\b/i.test(text.slice(end, end + 8))) return null;
      word = 'day';
      offset = 0;
    }
    const part = DAYPARTS.get(word);
    const unit: Unit = part !== undefined ? 'day' : (word as Unit);
    return {
      start, end, type: part !== undefined ? 'TIME' : 'DATE',
      relative: { kind: 'ref', unit, amount: offset, granularity: unit },
      ...(part !== undefined ? { daypart: part } : {}),
      rule: 'anaphoric',
    };
  },
};
