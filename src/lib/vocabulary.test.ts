import { describe, expect, expectTypeOf, it } from 'vitest';
import { datePrecision, precisionRank } from './dates/precision.ts';
import type { DatePrecision } from './dates/precision.ts';
import type { TimexMod } from './dates/timex.ts';
import { CALENDAR_VALUE, DATE_PRECISIONS, TIMEX_MODS, TIMEX_VALUE_SHAPES } from './vocabulary.ts';

/** One value of each shape, finest first. */
const EXAMPLES: Readonly<Record<DatePrecision, string>> = {
  day: '2024-10-18',
  week: '2024-W42',
  month: '2020-06',
  season: '2019-SU',
  quarter: '2024-Q1',
  half: '2024-H1',
  year: '1997',
  decade: '199X',
  century: '19',
};

describe('DATE_PRECISIONS', () => {
  it('returns every precision, finest first, as the dates module ranks them', () => {
    expectTypeOf<(typeof DATE_PRECISIONS)[number]>().toEqualTypeOf<DatePrecision>();
    expect(DATE_PRECISIONS.map(precisionRank)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('TIMEX_VALUE_SHAPES', () => {
  it.each(DATE_PRECISIONS.map((precision) => [precision, EXAMPLES[precision]]))('returns a shape for %s that datePrecision reads the same way (%s)', (precision, value) => {
    expect(DATE_PRECISIONS.filter((other) => TIMEX_VALUE_SHAPES[other].test(value))).toEqual([precision]);
    expect(datePrecision(value)).toBe(precision);
  });
});

describe('CALENDAR_VALUE', () => {
  it('returns a match for every calendar shape and a day with a time', () => {
    expect([...Object.values(EXAMPLES), '2024-10-18TAF'].every((value) => CALENDAR_VALUE.test(value))).toBe(true);
  });

  describe('edge cases', () => {
    it.each(['PRESENT_REF', 'XXXX-10-18', 'P2D', '2024-13', '1997-W', '2024-10-18x'])('returns no match for %s', (value) => {
      expect(CALENDAR_VALUE.test(value)).toBe(false);
    });
  });
});

describe('TIMEX_MODS', () => {
  it('returns every TIMEX3 modifier the dates module knows', () => {
    expectTypeOf<(typeof TIMEX_MODS)[number]>().toEqualTypeOf<TimexMod>();
  });
});
