import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { shortYear } from './shortYear.ts';

describe('shortYear', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(shortYear.name).toBe('shortYear');
    expect(shortYear.pattern.flags).toContain('g');
    expect(shortYear.starters.length).toBeGreaterThan(0);
  });

  it("returns the previous century's year when the DCT's would be in the future", () => {
    expect(tag("Shares hit their lowest level since '82.", '2008-10-27')).toEqual([["'82", 'DATE', '1982']]);
  });

  it("returns the DCT's century when that year is past", () => {
    expect(tag("Prices peaked in '05.", '2008-10-27')).toEqual([["'05", 'DATE', '2005']]);
  });

  it('reads a curly apostrophe', () => {
    expect(tag('Prices peaked in ’82.', '2024-10-18')).toEqual([['’82', 'DATE', '1982']]);
  });

  describe('edge cases', () => {
    it('leaves a decade to the decade rule', () => {
      expect(tag("in the '90s", '2024-10-18')).toEqual([["'90s", 'DATE', '199X']]);
    });

    it('reads nothing after a word that does not ask for a time', () => {
      expect(tag("He said '82 was enough.", '2024-10-18')).toEqual([]);
    });
  });
});
