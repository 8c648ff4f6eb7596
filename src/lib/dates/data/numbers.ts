import { isDigit } from '../_lib/chars.ts';

/** Cardinal number words as they appear in news prose, up to the sizes durations use. */
const UNITS: ReadonlyArray<readonly [string, number]> = [
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
];
const TENS: ReadonlyArray<readonly [string, number]> = [
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
];

const WORDS = new Map<string, number>([...UNITS, ...TENS, ['a', 1], ['an', 1], ['a single', 1], ['single', 1], ['hundred', 100], ['a hundred', 100], ['one hundred', 100], ['a dozen', 12], ['dozen', 12]]);

/** Quantity words that give no exact count; TimeML writes the count as X ("several years" → PXY). */
const VAGUE = new Set(['several', 'many', 'few', 'a few', 'some', 'numerous', 'a couple of', 'couple of', 'a number of']);

/** Ordinal words for the days of a month and for "first quarter", "third week", "19th century". */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21], ['last', -1], ['final', -1],
]);

/** Regex source for a cardinal: digits (decimals allowed), a word, "twenty-five", or a vague quantity. */
export const NUMBER_SOURCE = `(?:\\d+(?:\\.\\d+)?|(?:${TENS.map(([w]) => w).join('|')})(?:[- ](?:${UNITS.slice(0, 9).map(([w]) => w).join('|')}))?|${UNITS.map(([w]) => w).join('|')}|a (?:single|hundred|dozen)|single|one hundred|a couple of|couple of|a number of|a few|several|many|few|some|numerous|a|an|dozen)`;

/** Value of a cardinal matched by NUMBER_SOURCE: a number, `'X'` for a vague quantity, or undefined. */
function isDigits(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Whether a word is ASCII letters only (`/^[A-Za-z]+$/`, by char codes). */
function isLetters(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const folded = word.charCodeAt(i) | 32;
    if (folded < 97 || folded > 122) return false;
  }
  return true;
}

/** "one" to "nineteen": number words that never take a hyphen ("twenty-one" does). */
export const SMALL_NUMBER_WORDS: readonly string[] = UNITS.map(([w]) => w);

/** The first words NUMBER_SOURCE can begin with, lower case, and `'#'` for a digit (see `Rule.next`). */
export const NUMBER_FIRST_WORDS: ReadonlySet<string> = new Set([
  '#', ...UNITS.map(([w]) => w), ...TENS.map(([w]) => w), 'a', 'an', 'single', 'couple', 'several', 'many', 'few', 'some', 'numerous', 'dozen',
]);

export function numberValue(word: string): number | 'X' | undefined {
  // Most counts are plain digits ("30 days"): no lower-casing or pattern needed.
  if (isDigits(word)) return Number(word);
  // A word of letters alone ("two", "several") needs neither the space folding nor the decimal test.
  const lower = isLetters(word) ? word.toLowerCase() : word.toLowerCase().replace(/\s+/g, ' ');
  if (isDigit(lower.charCodeAt(0)) && /^\d+(?:\.\d+)?$/.test(lower)) return Number(lower);
  if (VAGUE.has(lower)) return 'X';
  const direct = WORDS.get(lower);
  if (direct !== undefined) return direct;
  const compound = /^(\w+)[- ](\w+)$/.exec(lower);
  if (compound) {
    const tens = WORDS.get(compound[1]!);
    const units = WORDS.get(compound[2]!);
    if (tens !== undefined && units !== undefined && tens >= 20 && units < 10) return tens + units;
  }
  return undefined;
}
