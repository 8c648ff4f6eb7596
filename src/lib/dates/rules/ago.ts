import type { Rule, Unit } from '../_lib/candidate.ts';
import { NUMBER_SOURCE, SMALL_NUMBER_WORDS, numberValue } from '../data/numbers.ts';
import { DURATION_UNITS, UNIT_WORDS, unitKey } from '../data/units.ts';

/** After a count: "and a half" or the unit; after "a" also "a few", "a dozen". */
const AFTER_COUNT: ReadonlySet<string> = new Set(['and', ...UNIT_WORDS]);
const AFTER_A: ReadonlySet<string> = new Set([...AFTER_COUNT, 'single', 'hundred', 'dozen', 'couple', 'number', 'few']);

/** How finely "N units ago" is shown: days and weeks to the day, months to the month, years to the year. */
const SHOWN_AT: Record<Unit, Unit> = {
  day: 'day', week: 'day', weekend: 'day', month: 'month', quarter: 'quarter', half: 'half', year: 'year', decade: 'year', century: 'year',
};

/**
 * A point a stated amount away: "two weeks ago", "a year ago", "three years from now" count from
 * the DCT; "a week later", "two days earlier" count from the last date mentioned (TimeML's
 * reference time). An inexact amount ("years ago") is PAST_REF/FUTURE_REF.
 */
export const ago: Rule = {
  name: 'ago',
  starters: ['#', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'a', 'an', 'single', 'couple', 'number', 'few', 'several', 'many', 'some', 'numerous', 'dozen'],
  next: { a: AFTER_A, an: AFTER_A, '#': AFTER_COUNT },
  // The count is followed by white space (or a decimal point): "five-year" and "2015," start no "… ago".
  nextChar: { '#': '. \t\n\r\f\v', ...Object.fromEntries(SMALL_NUMBER_WORDS.map((word) => [word, ' \t\n\r\f\v'])) },
  pattern: new RegExp(`(?<![\\w-])(${NUMBER_SOURCE})(?:\\s+and\\s+a\\s+half)?\\s+(days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)\\s+(ago|earlier|later|from\\s+now|hence|previously)(?![\\w-])`, 'gi'),
  extract(match) {
    const start = match.index;
    const end = start + match[0].length;
    const amount = numberValue(match[1]!);
    const info = DURATION_UNITS.get(unitKey(match[2]!));
    if (amount === undefined || info?.unit === undefined) return null;
    const direction = /^(?:ago|earlier|previously)$/i.test(match[3]!) ? -1 : 1;
    const fromDct = /^(?:ago|from\s+now|hence)$/i.test(match[3]!);
    if (amount === 'X' || !Number.isInteger(amount) || /and\s+a\s+half/i.test(match[0])) {
      if (!fromDct) return null;
      return { start, end, type: 'DATE', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF', rule: 'ago' };
    }
    const count = amount * (info.factor ?? 1) * direction;
    const unit: Unit = info.factor === 2 ? 'week' : info.unit === 'decade' || info.unit === 'century' ? 'year' : info.unit;
    const granularity = SHOWN_AT[info.unit];
    return {
      start, end, type: 'DATE',
      relative: fromDct ? { kind: 'dct', unit, amount: count, granularity } : { kind: 'ref', unit, amount: count, granularity },
      rule: 'ago',
    };
  },
};
