import type { Rule } from '../_lib/candidate.ts';
import { durationValue } from '../data/units.ts';

/**
 * A span reaching back or ahead from now by one unit: "the past decade" → P10Y, "the last year"
 * → P1Y, "the next month" → P1M. With the article these measure time (TIMEX3 DURATION); without
 * it ("last year") the relative-unit rule names the calendar unit instead.
 */
export const pastUnit: Rule = {
  name: 'pastUnit',
  starters: ['the'],
  next: { the: new Set(['past', 'last', 'next', 'coming']) },
  pattern: /(?<![\w-])the\s+(?:past|last|next|coming)\s+(week|month|year|decade|century)(?![\w-])/gi,
  extract(match, text) {
    const start = match.index;
    const end = start + match[0].length;
    // "the last week of March" names a week inside March, not a span back from now.
    if (/^\s+of\b/i.test(text.slice(end, end + 5))) return null;
    const value = durationValue(1, match[1]!);
    if (value === undefined) return null;
    return { start, end, type: 'DURATION', value, rule: 'pastUnit' };
  },
};
