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
});
