import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { duration } from './duration.ts';

describe('duration', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(duration.name).toBe('duration');
    expect(duration.pattern.flags).toContain('g');
    expect(duration.starters.length).toBeGreaterThan(0);
  });

  it("returns P2D when the text says a two-day trip", () => {
    expect(tag("during his two-day trip", '2024-10-18')).toEqual([["two-day", "DURATION", "P2D"]]);
  });

  it("returns P6Y when the text says six years", () => {
    expect(tag("for six years", '2024-10-18')).toEqual([["six years", "DURATION", "P6Y"]]);
  });

  it("returns P50Y when the text says 50 years", () => {
    expect(tag("after 50 years of rule", '2024-10-18')).toEqual([["50 years", "DURATION", "P50Y"]]);
  });

  it("returns a fractional value when the text says two and a half years", () => {
    expect(tag("almost two and a half years", '2024-10-18')).toEqual([["almost two and a half years", "DURATION", "P2.5Y", "LESS_THAN"]]);
  });

  it("returns the span with its article when the text says the past nine days", () => {
    expect(tag("over the past nine days", '2024-10-18')).toEqual([["the past nine days", "DURATION", "P9D"]]);
  });

  it('returns the length of a term of office when the text says a five-year term', () => {
    expect(tag('He was elected to a five-year term.')).toEqual([['five-year', 'DURATION', 'P5Y']]);
    expect(tag('a term of five years')).toEqual([['five years', 'DURATION', 'P5Y']]);
  });

  it('returns a DURATION for "the last week" (the seven days up to now), as TimeML reads "the past N units"', () => {
    expect(tag('Prices rose over the last week.')).toEqual([['the last week', 'DURATION', 'P1W']]);
  });

  describe('edge cases', () => {
    it('returns nothing when a term is counted, not measured', () => {
      expect(tag('She won a second term.')).toEqual([]);
    });
  });
});

