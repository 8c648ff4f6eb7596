import type { Rule } from '../_lib/candidate.ts';
import { previousWord } from '../_lib/context.ts';
import { NUMBER_FIRST_WORDS, NUMBER_SOURCE, numberValue } from '../data/numbers.ts';
import { durationValue, UNIT_SOURCE, UNIT_WORDS } from '../data/units.ts';

const ADJECTIVE_WORDS = ['consecutive', 'straight', 'successive', 'full', 'more', 'additional', 'long', 'whole', 'entire', 'trading', 'working', 'business', 'calendar', 'solid', 'further', 'extra', 'previous', 'past'];
const ADJECTIVES = `(?:${ADJECTIVE_WORDS.join('|')})`;
/** After a count ("a", "30"): "and a half", "or so", an adjective or the unit itself; after "a" also "a few", "a dozen". */
const AFTER_COUNT: ReadonlySet<string> = new Set(['and', 'or', ...ADJECTIVE_WORDS, ...UNIT_WORDS]);
const AFTER_A: ReadonlySet<string> = new Set([...AFTER_COUNT, 'single', 'hundred', 'dozen', 'couple', 'number', 'few']);

/**
 * Durations: "two days", "a two-day trip" → P2D, "50 years", "fifty-year" → P50Y, "18 months",
 * "two and a half years" → P2.5Y, "several years" → PXY, "the past nine days" (the article and
 * "past" belong to the expression, as TimeML marks them). A count after a number ("15 a year") is
 * a SET and left to that rule.
 */
export const duration: Rule = {
  name: 'duration',
  starters: ['#', 'the', 'past', 'last', 'next', 'first', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'a', 'an', 'single', 'couple', 'number', 'few', 'several', 'many', 'some', 'numerous', 'dozen'],
  next: {
    the: new Set(['past', 'last', 'next', 'coming', 'first', 'previous', 'following', 'final']),
    a: AFTER_A, an: AFTER_A, '#': AFTER_COUNT,
    past: NUMBER_FIRST_WORDS, last: NUMBER_FIRST_WORDS, next: NUMBER_FIRST_WORDS, first: NUMBER_FIRST_WORDS,
  },
  // "30 days", "2.5 years", "30-day": not "2015," or "2015.".
  nextChar: { '#': '.- \t\n\r\f\v' },
  pattern: new RegExp(`(?<![\\w$£€#.,-])(?:(the\\s+(?:past|last|next|coming|first|previous|following|final)\\s+)|((?:past|last|next|first)\\s+))?(${NUMBER_SOURCE})(\\s+and\\s+a\\s+half|\\s+or\\s+so)?(?:-|\\s+)(?:${ADJECTIVES}\\s+)?(${UNIT_SOURCE})(?:-(long|old))?(?![\\w])`, 'gi'),
  extract(match, text) {
    let start = match.index;
    const end = start + match[0].length;
    const numberWord = match[3]!;
    let amount = numberValue(numberWord);
    if (amount === undefined) return null;
    const unitWord = match[5]!;
    const lowerNumber = numberWord.toLowerCase();
    // The unit is ASCII letters: its lower case stands for the case-blind tests (string compares:
    // this runs for every count of time).
    const unit = unitWord.toLowerCase();
    const seconds = unit === 'second' || unit === 'seconds';
    // "a second term", "a minute's silence" are not durations worth a value; ordinals are not counts.
    if ((lowerNumber === 'a' || lowerNumber === 'an') && seconds) return null;
    // "15 a year", "twice a week": a rate, for the set rule.
    if ((lowerNumber === 'a' || lowerNumber === 'an') && /(?:\d|\b(?:times|once|twice))[\s]*$/.test(text.slice(Math.max(0, start - 8), start))) return null;
    // "the first day", "the next week" name a day/week, not a length; only plural or counted units qualify.
    if ((lowerNumber === 'a' || lowerNumber === 'an') && match[1] !== undefined) return null;
    // A digit count written as a plain number only when the unit says it is time ("30 days"): a
    // number directly after a currency sign or inside another number was refused by the lookbehind.
    if ((lowerNumber === 'some' || lowerNumber === 'many' || lowerNumber === 'few') && !unit.endsWith('s')) return null;
    // "the 2020s" etc. are not here; "2015 years" is not news English, keep it.
    if (match[4] !== undefined && /half/i.test(match[4]) && typeof amount === 'number') amount += 0.5;
    if (match[2] !== undefined) start += match[2].length; // "past two years" without "the": keep the count only
    if (seconds && /^(?:the|a)$/i.test(previousWord(text, start))) return null;
    // "about a quarter of its dealers", "half of": a fraction, not a span of time.
    if ((unit === 'quarter' || unit === 'quarters') && /^(?:a|an|one|three)$/i.test(lowerNumber) && /^\s+of\s+(?!\d|the\s+year|this|last|next)/i.test(text.slice(end, end + 16))) return null;
    const value = durationValue(amount, unitWord);
    if (value === undefined) return null;
    return { start, end, type: 'DURATION', value, rule: 'duration' };
  },
};
