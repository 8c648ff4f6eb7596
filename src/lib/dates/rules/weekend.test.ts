import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { weekend } from './weekend.ts';

describe('weekend', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(weekend.name).toBe('weekend');
    expect(weekend.pattern.flags).toContain('g');
    expect(weekend.starters.length).toBeGreaterThan(0);
  });

  it("returns the DCT's week's weekend for \"over the weekend\", without the preposition", () => {
    expect(tag('The ministers met over the weekend.', '2008-10-13')).toEqual([['the weekend', 'DATE', '2008-W42-WE']]);
  });

  it('returns the coming weekend for "this weekend" on a weekday', () => {
    expect(tag('Talks resume this weekend.', '2024-10-16')).toEqual([['this weekend', 'DATE', '2024-W42-WE']]);
  });

  it('returns the weekend under way for "this weekend" on a Sunday', () => {
    expect(tag('Talks resumed this weekend.', '2024-10-20')).toEqual([['this weekend', 'DATE', '2024-W42-WE']]);
  });

  it('returns the weekend before for "last weekend" and "this past weekend"', () => {
    expect(tag('They met last weekend.', '2024-10-16')).toEqual([['last weekend', 'DATE', '2024-W41-WE']]);
    expect(tag('They met this past weekend.', '2024-10-16')).toEqual([['this past weekend', 'DATE', '2024-W41-WE']]);
  });

  it('returns the one before the weekend under way for "last weekend" on a Sunday', () => {
    expect(tag('They met last weekend.', '2024-10-20')).toEqual([['last weekend', 'DATE', '2024-W41-WE']]);
  });

  it('returns the following week\'s weekend for "next weekend"', () => {
    expect(tag('They meet next weekend.', '2024-10-16')).toEqual([['next weekend', 'DATE', '2024-W43-WE']]);
  });

  it('returns the first weekend after the DCT for "the coming weekend"', () => {
    expect(tag('They meet the coming weekend.', '2024-10-16')).toEqual([['the coming weekend', 'DATE', '2024-W42-WE']]);
    expect(tag('They meet the coming weekend.', '2024-10-19')).toEqual([['the coming weekend', 'DATE', '2024-W43-WE']]);
  });

  describe('edge cases', () => {
    it('reads a possessive weekend', () => {
      expect(tag("After the weekend's talks, ministers left.", '2024-10-16')).toEqual([['the weekend', 'DATE', '2024-W42-WE']]);
    });

    it('leaves "the weekend of 12 October" to the date it names', () => {
      expect(tag('on the weekend of 12 October', '2024-10-16')).toEqual([['12 October', 'DATE', '2024-10-12']]);
    });
  });
});
