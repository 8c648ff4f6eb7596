/** How fine a calendar value is: "1997" is a year, never 1 January 1997. */
export type DatePrecision =
  | 'day'
  | 'week'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'century';

/** TIMEX3 value shapes, finest first; a time of day (`2024-10-18T14:00`, `…TAF`) counts as its day. */
const PRECISION_PATTERNS: ReadonlyArray<readonly [RegExp, DatePrecision]> = [
  [/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T.*)?$/, 'day'],
  [/^\d{4}-W\d{2}$/, 'week'],
  [/^\d{4}-(?:0[1-9]|1[0-2])$/, 'month'],
  [/^\d{4}-(?:SP|SU|FA|WI)$/, 'season'],
  [/^\d{4}-Q[1-4]$/, 'quarter'],
  [/^\d{4}-H[12]$/, 'half'],
  [/^\d{4}$/, 'year'],
  [/^\d{3}X$/, 'decade'],
  [/^\d{2}$/, 'century'],
];

/**
 * The precision of a TIMEX3 DATE value anchored on the calendar, or `undefined` for values that
 * name no calendar place (`PRESENT_REF`, `XXXX-10-18`, durations).
 *
 * @example
 * datePrecision('2020-06') //=> 'month'
 * datePrecision('199X') //=> 'decade'
 */
export function datePrecision(value: string): DatePrecision | undefined {
  return PRECISION_PATTERNS.find(([pattern]) => pattern.test(value))?.[1];
}

/** Precisions from finest to coarsest. */
const PRECISION_ORDER: readonly DatePrecision[] = ['day', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century'];

/**
 * How coarse a precision is: 0 for a day, up to 8 for a century.
 *
 * @example
 * precisionRank('year') > precisionRank('month') //=> true
 */
export function precisionRank(precision: DatePrecision): number {
  return PRECISION_ORDER.indexOf(precision);
}
