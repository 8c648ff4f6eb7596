import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { monthDayYear } from './monthDayYear.ts';

describe('monthDayYear', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(monthDayYear.name).toBe('monthDayYear');
    expect(monthDayYear.pattern.flags).toContain('g');
    expect(monthDayYear.starters.length).toBeGreaterThan(0);
  });

  it("returns the full day when month, day and year are given", () => {
    expect(tag("It happened on Oct. 18, 2024.", '2024-10-20')).toEqual([["Oct. 18, 2024", "DATE", "2024-10-18"]]);
  });

  it("returns the DCT year when the year is left out in a past sentence", () => {
    expect(tag("He arrived on October 18.", '2024-10-20')).toEqual([["October 18", "DATE", "2024-10-18"]]);
  });

  it("returns last year when a past sentence names a later day", () => {
    expect(tag("Talks ended on December 3.", '2024-10-20')).toEqual([["December 3", "DATE", "2023-12-03"]]);
  });

  it("returns the day when an ordinal suffix follows", () => {
    expect(tag("on June 1st the firm", '2009-06-04')).toEqual([["June 1st", "DATE", "2009-06-01"]]);
  });
});
