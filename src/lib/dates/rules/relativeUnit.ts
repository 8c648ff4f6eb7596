import type { Candidate, Rule, Unit } from '../_lib/candidate.ts';

const UNITS: Record<string, Unit> = {
  week: 'week', month: 'month', year: 'year', quarter: 'quarter', decade: 'decade', century: 'century',
};
const OFFSETS: Record<string, number> = { this: 0, current: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1 };

/**
 * Calendar units counted from the DCT: "this week" → 2024-W42, "last year", "next month",
 * "earlier this month", "later this year", "late last year" (the mod comes from the modifier
 * refiner), and "the end of the year" (the DCT's year). "the past year" with an article is a
 * duration and left to the duration rule. Weekends have their own rule (`weekend.ts`): their
 * direction depends on the weekday and the tense, not on ISO week arithmetic alone.
 */
export const relativeUnit: Rule = {
  name: 'relativeUnit',
  starters: ['earlier', 'later', 'this', 'last', 'next', 'past', 'coming', 'current', 'previous', 'the'],
  next: { the: new Set(['year', 'month', 'week']) },
  pattern: /(?<![\w-])(?:(?:(earlier|later)\s+)?(this|last|next|past|coming|current|previous)\s+(week|month|year|quarter|decade|century)|(?<=(?:beginning|start|end|middle|rest|remainder|course|half)\s+of\s+)the\s+(year|month|week))(?![\w-])/gi,
  extract(match, text): Candidate | null {
    const start = match.index;
    const end = start + match[0].length;
    if (match[4] !== undefined) {
      const unit = UNITS[match[4].toLowerCase()]!;
      return { start, end, type: 'DATE', relative: { kind: 'dct', unit, amount: 0, granularity: unit }, rule: 'relativeUnit' };
    }
    const which = match[2]!.toLowerCase();
    const unit = UNITS[match[3]!.toLowerCase()]!;
    // "the past year", "the previous year", "the coming decade" are spans or anaphors, not this calendar unit.
    // (The words are tested before the text: "this year", the commonest, reads no slice.)
    if (match[1] === undefined && which !== 'this' && which !== 'current' && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start))) return null;
    // "past/previous month" without an article, as in "in past years", is rare; "previous" needs a reference time.
    if (which === 'previous') return null;
    return {
      start, end, type: 'DATE',
      relative: { kind: 'dct', unit, amount: OFFSETS[which] ?? 0, granularity: unit === 'decade' ? 'decade' : unit },
      rule: 'relativeUnit',
    };
  },
};
