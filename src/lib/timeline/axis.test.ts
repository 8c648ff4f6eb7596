import { describe, expect, it } from 'vitest';
import { labelStep, roundCoordinate } from './axis.ts';

describe('labelStep', () => {
  it('returns 1 when every unit can be labelled', () => {
    expect(labelStep(8, 10)).toBe(1);
  });

  it('returns the smallest 1, 2 or 5 times a power of ten that keeps labels within the limit', () => {
    expect(labelStep(184, 10)).toBe(20);
    expect(labelStep(40, 10)).toBe(5);
    expect(labelStep(1200, 10)).toBe(200);
  });

  it('returns at least the minimum step', () => {
    expect(labelStep(30, 10, 10)).toBe(10);
  });
});

describe('roundCoordinate', () => {
  it('returns the value with one decimal', () => {
    expect(roundCoordinate(2 / 3)).toBe(0.7);
    expect(roundCoordinate(-1.25)).toBe(-1.2);
  });
});
