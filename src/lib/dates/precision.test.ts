import { describe, expect, it } from 'vitest';
import { datePrecision } from './precision.ts';

describe('datePrecision', () => {
  it.each([
    ['2024-10-18', 'day'],
    ['2024-10-18TAF', 'day'],
    ['2024-10-18T14:30', 'day'],
    ['2024-W42', 'week'],
    ['2020-06', 'month'],
    ['2019-SU', 'season'],
    ['2024-Q1', 'quarter'],
    ['2024-H2', 'half'],
    ['1997', 'year'],
    ['199X', 'decade'],
    ['19', 'century'],
  ])('returns the precision of %s', (value, precision) => {
    expect(datePrecision(value)).toBe(precision);
  });

  it.each(['PRESENT_REF', 'PAST_REF', 'XXXX-10-18', 'P2D', '2024-13'])(
    'returns undefined for %s, which names no calendar place',
    (value) => {
      expect(datePrecision(value)).toBeUndefined();
    },
  );
});
