import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { deictic } from './deictic.ts';

describe('deictic', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(deictic.name).toBe('deictic');
    expect(deictic.pattern.flags).toContain('g');
    expect(deictic.starters.length).toBeGreaterThan(0);
  });

  it("returns the DCT when the text says today", () => {
    expect(tag("Talks resume today.", '2024-10-18')).toEqual([["today", "DATE", "2024-10-18"]]);
  });

  it("returns the day before when the text says yesterday", () => {
    expect(tag("He left yesterday.", '2024-10-18')).toEqual([["yesterday", "DATE", "2024-10-17"]]);
  });

  it("returns a night TIME when the text says tonight", () => {
    expect(tag("They dine tonight.", '2024-10-18')).toEqual([["tonight", "TIME", "2024-10-18TNI"]]);
  });
});
