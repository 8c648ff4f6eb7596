import type { Rule } from '../_lib/candidate.ts';
import { nextWord } from '../_lib/context.ts';

const AFTER_DETERMINER: ReadonlySet<string> = new Set(['weekend']);
const AFTER_THIS: ReadonlySet<string> = new Set(['weekend', 'past']);
const AFTER_THE: ReadonlySet<string> = new Set(['weekend', 'past', 'coming']);

/** Words after "the weekend" that make it another weekend ("the weekend of 12 October", "the weekend before the vote"). */
const ANAPHORIC_AFTER = /^(?:of|before|after|following|prior)$/i;

/**
 * Weekends, valued as TimeML's week-end of an ISO 8601 week (`2024-W42-WE`: the Saturday and
 * Sunday that close ISO week 42; the TIDES/TimeML value grammar). "the weekend" and "this weekend"
 * (of "over the weekend" TimeML tags only "the weekend") are the DCT's week's; "last weekend",
 * "this past weekend" the one before; "next weekend" the one after; "the coming weekend" the first
 * after the DCT. The anchor refiner places them. "the weekend of …" and "the weekend before …"
 * count from another date, so they are not read here.
 */
export const weekend: Rule = {
  name: 'weekend',
  starters: ['the', 'this', 'last', 'past', 'next', 'coming'],
  next: { the: AFTER_THE, this: AFTER_THIS, last: AFTER_DETERMINER, past: AFTER_DETERMINER, next: AFTER_DETERMINER, coming: AFTER_DETERMINER },
  pattern: /(?<![\w-])(?:(the)\s+(?:(past|coming)\s+)?|(this)\s+(?:(past)\s+)?|(last|past|next|coming)\s+)(weekend)(?![\w-])/gi,
  extract(match, text) {
    const start = match.index;
    const end = start + match[0].length;
    const determiner = match[1] ?? match[3] ?? match[5]!;
    // A capital "Weekend" is a name ("The Weekend") unless a headline title-cases "This Weekend".
    if (match[6] !== 'weekend' && !(match[6] === 'Weekend' && /^[A-Z]/.test(determiner) && match[1] === undefined)) return null;
    if (ANAPHORIC_AFTER.test(nextWord(text, end))) return null;
    const which = (match[2] ?? match[4] ?? match[5] ?? '').toLowerCase();
    const shift = which === 'last' || which === 'past' ? -1 : which === 'next' ? 1 : undefined;
    return {
      start, end, type: 'DATE',
      relative: which === 'coming' ? { kind: 'weekend', upcoming: true } : { kind: 'weekend', ...(shift !== undefined ? { shift } : {}) },
      rule: 'weekend',
    };
  },
};
