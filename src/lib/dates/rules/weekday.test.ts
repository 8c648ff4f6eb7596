import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { weekday } from './weekday.ts';

describe('weekday', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(weekday.name).toBe('weekday');
    expect(weekday.pattern.flags).toContain('g');
    expect(weekday.starters.length).toBeGreaterThan(0);
  });

  it("returns the DCT when the weekday is the DCT's own in a past sentence", () => {
    expect(tag("Lammy met Wang on Friday.", '2024-10-18')).toEqual([["Friday", "DATE", "2024-10-18"]]);
  });

  it("returns the coming weekday when the sentence is in the future", () => {
    expect(tag("He will travel on Friday.", '2024-10-21')).toEqual([["Friday", "DATE", "2024-10-25"]]);
  });

  it("returns the previous weekday when the sentence is in the past", () => {
    expect(tag("She arrived on Tuesday.", '2024-10-18')).toEqual([["Tuesday", "DATE", "2024-10-15"]]);
  });

  it("returns a TIME with the part of day when one follows", () => {
    expect(tag("On Friday afternoon, Lammy met Wang.", '2024-10-18')).toEqual([["Friday afternoon", "TIME", "2024-10-18TAF"]]);
  });
});
