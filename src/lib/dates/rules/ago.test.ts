import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { ago } from './ago.ts';

describe('ago', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(ago.name).toBe('ago');
    expect(ago.pattern.flags).toContain('g');
    expect(ago.starters.length).toBeGreaterThan(0);
  });

  it("returns the day two weeks before the DCT when the text says two weeks ago", () => {
    expect(tag("He left two weeks ago.", '2024-10-18')).toEqual([["two weeks ago", "DATE", "2024-10-04"]]);
  });

  it("returns a date counted from the last date mentioned when the text says a week later", () => {
    expect(tag("They met on 3 March 2020. A week later the border closed.", '2024-10-18')).toEqual([["3 March 2020", "DATE", "2020-03-03"], ["A week later", "DATE", "2020-03-10"]]);
  });
});
