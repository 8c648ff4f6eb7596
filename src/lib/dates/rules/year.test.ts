import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { year } from './year.ts';

describe('year', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(year.name).toBe('year');
    expect(year.pattern.flags).toContain('g');
    expect(year.starters.length).toBeGreaterThan(0);
  });

  it("returns the year when a preposition introduces it", () => {
    expect(tag("It was handed back in 1997 and again since 2015.", '2024-10-18')).toEqual([["1997", "DATE", "1997"], ["2015", "DATE", "2015"]]);
  });

  it("returns two years when a range is written with between", () => {
    expect(tag("between 1997 and 2047", '2024-10-18')).toEqual([["1997", "DATE", "1997"], ["2047", "DATE", "2047"]]);
  });

  it("returns the year when it modifies a noun", () => {
    expect(tag("the 2020 law", '2024-10-18')).toEqual([["2020", "DATE", "2020"]]);
  });

  it("returns the year with MID when written mid-2020", () => {
    expect(tag("by mid-2020", '2024-10-18')).toEqual([["mid-2020", "DATE", "2020", "MID"]]);
  });
});
