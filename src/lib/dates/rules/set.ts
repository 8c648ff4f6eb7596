import type { Rule } from '../_lib/candidate.ts';
import { NUMBER_SOURCE, numberValue } from '../data/numbers.ts';
import { durationValue } from '../data/units.ts';

/** "15 a year", "twice per week": the units a rate can be per. */
const RATE_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'hour']);

const ADVERBS: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', annual: 'P1Y', hourly: 'PT1H',
  quarterly: 'P3M', biannual: 'P6M', biennial: 'P2Y', fortnightly: 'P2W', nightly: 'P1D',
};

/** The unit a word after "every" counts in: "mornings" a day, "summers" a year. */
const unitOf = (word: string): string => word.replace(/s$/, '').replace(/^(?:morning|night|evening)$/, 'day').replace(/^(?:summer|winter)$/, 'year');
/** The same for every word the pattern takes there (it is case-sensitive), worked out once. */
const UNIT_OF: ReadonlyMap<string, string> = new Map(
  ['day', 'week', 'month', 'year', 'decade', 'hour', 'morning', 'night', 'evening', 'summer', 'winter']
    .flatMap((word) => [word, `${word}s`])
    .map((word) => [word, unitOf(word)]),
);

/**
 * Recurring times (TIMEX3 SET): "every year" → P1Y, "each week", "every four years" → P4Y,
 * "weekly", "annually", and a rate after a count or "twice": "15 a year", "twice a week".
 */
export const set: Rule = {
  name: 'set',
  starters: ['every', 'each', 'daily', 'weekly', 'monthly', 'annually', 'yearly', 'annual', 'hourly', 'quarterly', 'biannual', 'biennial', 'fortnightly', 'nightly', 'a', 'an', 'per'],
  next: { a: RATE_UNITS, an: RATE_UNITS, per: RATE_UNITS },
  pattern: new RegExp(`(?<![\\w-])(?:(?:every|each)\\s+(?:(other)\\s+|(${NUMBER_SOURCE})\\s+)?(days?|weeks?|months?|years?|decades?|hours?|mornings?|nights?|evenings?|summers?|winters?)|(daily|weekly|monthly|annually|yearly|annual|hourly|quarterly|biannual|biennial|fortnightly|nightly)|(?<=(?:\\d|\\b(?:times|once|twice))\\s+)(?:a|an|per)\\s+(day|week|month|year|hour))(?![\\w-])`, 'g'),
  extract(match) {
    const start = match.index;
    const end = start + match[0].length;
    let value: string | undefined;
    if (match[4] !== undefined) value = ADVERBS[match[4]];
    else if (match[5] !== undefined) value = durationValue(1, match[5]);
    else {
      const unit = UNIT_OF.get(match[3]!) ?? unitOf(match[3]!);
      const count = match[1] !== undefined ? 2 : match[2] !== undefined ? numberValue(match[2]) : 1;
      if (count === undefined || count === 'X') return null;
      value = durationValue(count, unit);
    }
    if (value === undefined) return null;
    return { start, end, type: 'SET', value, rule: 'set' };
  },
};
