import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { decade } from './decade.ts';

describe('decade', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(decade.name).toBe('decade');
    expect(decade.pattern.flags).toContain('g');
    expect(decade.starters.length).toBeGreaterThan(0);
  });

  it("returns a decade value when the 1990s are named", () => {
    expect(tag("in the 1990s", '2024-10-18')).toEqual([["1990s", "DATE", "199X"]]);
  });

  it("returns a decade with END when late precedes it", () => {
    expect(tag("the late 1990s", '2024-10-18')).toEqual([["late 1990s", "DATE", "199X", "END"]]);
  });

  it("returns a twentieth-century decade when the short form has an apostrophe", () => {
    expect(tag("in the '80s", '2024-10-18')).toEqual([["'80s", "DATE", "198X"]]);
  });
});
