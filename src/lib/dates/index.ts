/**
 * Entente's TIMEX3 tagger: temporal expressions in news prose, normalised to TimeML values.
 * Re-exports only.
 */
export { tagTimexes } from './tagger.ts';
export type { TagOptions } from './tagger.ts';
export type { Reading } from './refiners/anchor.ts';
export type { Timex, TimexMod, TimexType } from './timex.ts';
export { datePrecision } from './precision.ts';
export type { DatePrecision } from './precision.ts';
