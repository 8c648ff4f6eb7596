import { describe, expect, it } from 'vitest';
import { schemaDates } from './schema-date.ts';

describe('schemaDates', () => {
  it.each([
    ['2024-10-18', { startDate: '2024-10-18' }],
    ['2015-10', { startDate: '2015-10' }],
    ['1997', { startDate: '1997' }],
    ['2024-Q1', { startDate: '2024-01', endDate: '2024-03' }],
    ['2019-SU', { startDate: '2019-06', endDate: '2019-08' }],
    ['2024-W42', { startDate: '2024-10-14', endDate: '2024-10-20' }],
    ['199X', { startDate: '1990', endDate: '1999' }],
  ])('returns %s at its own precision', (value, expected) => {
    expect(schemaDates(value)).toEqual(expected);
  });

  it('returns the end of a range at the end value’s precision', () => {
    expect(schemaDates('1997', '2047')).toEqual({ startDate: '1997', endDate: '2047' });
  });

  describe('edge cases', () => {
    it('returns nothing for a value with no calendar place', () => {
      expect(schemaDates('PRESENT_REF')).toBeUndefined();
    });

    it('returns a day with a time as its day', () => {
      expect(schemaDates('2024-10-18TAF')).toEqual({ startDate: '2024-10-18' });
    });
  });
});
