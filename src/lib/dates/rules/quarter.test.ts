import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { quarter } from './quarter.ts';

describe('quarter', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(quarter.name).toBe('quarter');
    expect(quarter.pattern.flags).toContain('g');
    expect(quarter.starters.length).toBeGreaterThan(0);
  });

  it("returns the quarter of the stated year", () => {
    expect(tag("in the first quarter of 2024", '2024-10-18')).toEqual([["the first quarter of 2024", "DATE", "2024-Q1"]]);
  });

  it("returns the half when H1 and a year are written", () => {
    expect(tag("H1 2024 sales", '2024-10-18')).toEqual([["H1 2024", "DATE", "2024-H1"]]);
  });

  it("returns last year's quarter when a past sentence names a later quarter", () => {
    expect(tag("Profit fell in the fourth quarter.", '2024-02-10')).toEqual([["the fourth quarter", "DATE", "2023-Q4"]]);
  });
});
