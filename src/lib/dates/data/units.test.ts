import { describe, expect, it } from 'vitest';
import { durationValue } from './units.ts';

describe('durationValue', () => {
  it('returns TimeML durations when given a count and a unit', () => {
    expect(durationValue(2, 'days')).toBe('P2D');
    expect(durationValue(30, 'minutes')).toBe('PT30M');
    expect(durationValue(1, 'decade')).toBe('P10Y');
    expect(durationValue('X', 'months')).toBe('PXM');
  });
});
