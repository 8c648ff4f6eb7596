import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { set } from './set.ts';

describe('set', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(set.name).toBe('set');
    expect(set.pattern.flags).toContain('g');
    expect(set.starters.length).toBeGreaterThan(0);
  });

  it("returns P1Y SET when a count is followed by a year", () => {
    expect(tag("at a rate of 15 a year", '2024-10-18')).toEqual([["a year", "SET", "P1Y"]]);
  });

  it("returns P1Y SET when the text says every year", () => {
    expect(tag("They meet every year.", '2024-10-18')).toEqual([["every year", "SET", "P1Y"]]);
  });

  it("returns P1W SET when the text says weekly", () => {
    expect(tag("weekly figures", '2024-10-18')).toEqual([["weekly", "SET", "P1W"]]);
  });
});
