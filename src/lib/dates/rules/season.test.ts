import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { season } from './season.ts';

describe('season', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(season.name).toBe('season');
    expect(season.pattern.flags).toContain('g');
    expect(season.starters.length).toBeGreaterThan(0);
  });

  it("returns the season of the stated year", () => {
    expect(tag("in the summer of 2019", '2024-10-18')).toEqual([["summer of 2019", "DATE", "2019-SU"]]);
  });

  it("returns the previous spring when \"last spring\" is said in autumn", () => {
    expect(tag("Talks stalled last spring.", '2024-10-18')).toEqual([["last spring", "DATE", "2024-SP"]]);
  });
});
