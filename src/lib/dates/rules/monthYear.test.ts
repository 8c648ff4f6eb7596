import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { monthYear } from './monthYear.ts';

describe('monthYear', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(monthYear.name).toBe('monthYear');
    expect(monthYear.pattern.flags).toContain('g');
    expect(monthYear.starters.length).toBeGreaterThan(0);
  });

  it("returns the month when a month and year are given", () => {
    expect(tag("In June 2020 Beijing imposed the law.", '2024-10-18')).toEqual([["June 2020", "DATE", "2020-06"]]);
  });

  it("returns the month when \"of\" joins month and year", () => {
    expect(tag("in October of 2015", '2024-10-18')).toEqual([["October of 2015", "DATE", "2015-10"]]);
  });
});
