import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { monthName } from './monthName.ts';

describe('monthName', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(monthName.name).toBe('monthName');
    expect(monthName.pattern.flags).toContain('g');
    expect(monthName.starters.length).toBeGreaterThan(0);
  });

  it("returns last year's month when a past sentence names a later month", () => {
    expect(tag("She visited in February.", '2025-01-10')).toEqual([["February", "DATE", "2024-02"]]);
  });

  it("returns next year's month when a future sentence names an earlier month", () => {
    expect(tag("They will meet in March.", '2024-10-18')).toEqual([["March", "DATE", "2025-03"]]);
  });

  it("returns the previous occurrence when \"last\" precedes the month", () => {
    expect(tag("It opened last September.", '2009-10-05')).toEqual([["last September", "DATE", "2009-09"]]);
  });

  it("returns the month of next year when \"of next year\" follows", () => {
    expect(tag("after October of next year", '2009-05-15')).toEqual([["October of next year", "DATE", "2010-10"]]);
  });
});
