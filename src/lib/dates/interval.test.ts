import { describe, expect, it } from 'vitest';
import { dayInterval, valuesNest, valuesOverlap } from './interval.ts';

describe('dayInterval', () => {
  it.each([
    ['2024-10-18', '2024-10-18', '2024-10-18'],
    ['2024-10-18TAF', '2024-10-18', '2024-10-18'],
    ['2024-W42', '2024-10-14', '2024-10-20'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2019-SU', '2019-06-01', '2019-08-31'],
    ['2019-WI', '2019-12-01', '2020-02-29'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-H2', '2024-07-01', '2024-12-31'],
    ['1997', '1997-01-01', '1997-12-31'],
    ['199X', '1990-01-01', '1999-12-31'],
    ['19', '1900-01-01', '1999-12-31'],
    ['0050', '0050-01-01', '0050-12-31'],
    ['0004-02', '0004-02-01', '0004-02-29'],
    ['003X', '0030-01-01', '0039-12-31'],
    ['00', '0000-01-01', '0099-12-31'],
  ])('returns the days %s covers', (value, start, end) => {
    expect(dayInterval(value)).toEqual({ start, end });
  });

  it('returns undefined when the value has no calendar place', () => {
    expect(dayInterval('PRESENT_REF')).toBeUndefined();
    expect(dayInterval('XXXX-10-18')).toBeUndefined();
  });
});

describe('valuesNest', () => {
  it('returns true when one value’s days lie within the other’s', () => {
    expect(valuesNest('1997', '1997-07-01')).toBe(true);
    expect(valuesNest('1975-05', '1975')).toBe(true);
  });

  it('returns false for values that only overlap or do not meet', () => {
    expect(valuesNest('2024-W05', '2024-01')).toBe(false);
    expect(valuesNest('1997-06', '1997-07-01')).toBe(false);
  });

  it('keeps the first century apart from the twentieth', () => {
    expect(valuesNest('0050', '1950-03-01')).toBe(false);
    expect(valuesNest('005X', '0050-03-01')).toBe(true);
  });
});

describe('valuesOverlap', () => {
  it('returns true when two values share a day, false otherwise', () => {
    expect(valuesOverlap('2024-W05', '2024-01')).toBe(true);
    expect(valuesOverlap('2020-06-30', '2020-07')).toBe(false);
  });
});
