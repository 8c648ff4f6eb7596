import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { pastUnit } from './pastUnit.ts';

describe('pastUnit', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(pastUnit.name).toBe('pastUnit');
    expect(pastUnit.pattern.flags).toContain('g');
    expect(pastUnit.starters.length).toBeGreaterThan(0);
  });

  it("returns P10Y when the text says the past decade", () => {
    expect(tag("growth over the past decade", '2024-10-18')).toEqual([["the past decade", "DURATION", "P10Y"]]);
  });
});
