import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { dayMonthYear } from './dayMonthYear.ts';

describe('dayMonthYear', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(dayMonthYear.name).toBe('dayMonthYear');
    expect(dayMonthYear.pattern.flags).toContain('g');
    expect(dayMonthYear.starters.length).toBeGreaterThan(0);
  });

  it("returns the day when British order is used", () => {
    expect(tag("He met Wang on 18 October 2024.", '2024-10-20')).toEqual([["18 October 2024", "DATE", "2024-10-18"]]);
  });

  it("returns the day when \"the 18th of October\" is used", () => {
    expect(tag("It was the 18th of October.", '2024-10-20')).toEqual([["18th of October", "DATE", "2024-10-18"]]);
  });
});
