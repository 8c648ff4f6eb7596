import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { holiday } from './holiday.ts';

describe('holiday', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(holiday.name).toBe('holiday');
    expect(holiday.pattern.flags).toContain('g');
    expect(holiday.starters.length).toBeGreaterThan(0);
  });

  it("returns the fixed day when a holiday and year are named", () => {
    expect(tag("on Christmas Day 2023", '2024-10-18')).toEqual([["Christmas Day 2023", "DATE", "2023-12-25"]]);
  });
});
