import type { Unit } from '../_lib/candidate.ts';

/** Duration units: the word, the TimeML duration letter(s) (TIMEX3: P2D, P6Y, PT30M) and the calendar unit. */
export const DURATION_UNITS: ReadonlyMap<string, { letter: string; time?: boolean; unit?: Unit; factor?: number }> = new Map([
  ['second', { letter: 'S', time: true }],
  ['minute', { letter: 'M', time: true }],
  ['hour', { letter: 'H', time: true }],
  ['day', { letter: 'D', unit: 'day' }],
  ['night', { letter: 'D', unit: 'day' }],
  ['week', { letter: 'W', unit: 'week' }],
  ['fortnight', { letter: 'W', unit: 'week', factor: 2 }],
  ['month', { letter: 'M', unit: 'month' }],
  ['quarter', { letter: 'Q', unit: 'quarter' }],
  ['year', { letter: 'Y', unit: 'year' }],
  ['decade', { letter: 'Y', unit: 'decade', factor: 10 }],
  ['century', { letter: 'Y', unit: 'century', factor: 100 }],
]);

/** Regex source for a unit word, singular or plural ("day", "days", "centuries"). */
export const UNIT_SOURCE = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)';

/** Every word UNIT_SOURCE matches, lower case: what may follow a count ("30 days"). */
export const UNIT_WORDS: ReadonlySet<string> = new Set(
  [...DURATION_UNITS.keys()].flatMap((unit) => (unit === 'century' ? ['century', 'centuries'] : [unit, `${unit}s`])),
);

/** The singular key of a unit word. */
export function unitKey(word: string): string {
  const lower = word.toLowerCase();
  if (lower === 'centuries') return 'century';
  return lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

/** TimeML duration value for `amount` units: `P2D`, `PT30M`, `PXY`, `P10Y` for a decade. */
export function durationValue(amount: number | 'X', unitWord: string): string | undefined {
  const unit = DURATION_UNITS.get(unitKey(unitWord));
  if (unit === undefined) return undefined;
  const count = amount === 'X' ? 'X' : String(Math.round(amount * (unit.factor ?? 1) * 1000) / 1000);
  if (amount === 'X' && unit.factor === 10) return 'PXDE';
  if (amount === 'X' && unit.factor === 100) return 'PXCE';
  return `P${unit.time ? 'T' : ''}${count}${unit.letter}`;
}
