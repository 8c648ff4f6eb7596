import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { vague } from './vague.ts';

describe('vague', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(vague.name).toBe('vague');
    expect(vague.pattern.flags).toContain('g');
    expect(vague.starters.length).toBeGreaterThan(0);
  });

  it("returns PRESENT_REF when the text says currently", () => {
    expect(tag("It is currently closed.", '2024-10-18')).toEqual([["currently", "DATE", "PRESENT_REF"]]);
  });

  it("returns PAST_REF when the text says recently", () => {
    expect(tag("He recently said so.", '2024-10-18')).toEqual([["recently", "DATE", "PAST_REF"]]);
  });

  it("returns FUTURE_REF when the text says in the future", () => {
    expect(tag("in the future", '2024-10-18')).toEqual([["the future", "DATE", "FUTURE_REF"]]);
  });

  it('returns PAST_REF for "in recent months", without the preposition', () => {
    expect(tag('Prices rose in recent months.', '2024-10-18')).toEqual([['recent months', 'DATE', 'PAST_REF']]);
  });

  it('returns FUTURE_REF for "in the coming weeks", without the preposition', () => {
    expect(tag('A deal is expected in the coming weeks.', '2024-10-18')).toEqual([['the coming weeks', 'DATE', 'FUTURE_REF']]);
  });

  describe('edge cases', () => {
    it('leaves a counted span to the duration rule', () => {
      expect(tag('in the past few weeks', '2024-10-18')).toEqual([['the past few weeks', 'DURATION', 'PXW']]);
    });
  });
});
