import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { relativeUnit } from './relativeUnit.ts';

describe('relativeUnit', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(relativeUnit.name).toBe('relativeUnit');
    expect(relativeUnit.pattern.flags).toContain('g');
    expect(relativeUnit.starters.length).toBeGreaterThan(0);
  });

  it("returns the ISO week when the text says this week", () => {
    expect(tag("Talks this week", '2024-10-18')).toEqual([["this week", "DATE", "2024-W42"]]);
  });

  it("returns the previous year when the text says last year", () => {
    expect(tag("Trade fell last year.", '2024-10-18')).toEqual([["last year", "DATE", "2023"]]);
  });

  it("returns the DCT month when the text says earlier this month", () => {
    expect(tag("He resigned earlier this month.", '2024-10-18')).toEqual([["earlier this month", "DATE", "2024-10"]]);
  });

  it("returns the next month when the text says next month", () => {
    expect(tag("They meet next month.", '2024-10-18')).toEqual([["next month", "DATE", "2024-11"]]);
  });
});

describe('relativeUnit on a Sunday', () => {
  it('returns the week that starts on the DCT when this week is read in a Sunday paper', () => {
    expect(tag('talks this week', '2006-04-02')).toEqual([['this week', 'DATE', '2006-W14']]);
  });
  it('returns the week ending on the DCT when last week is read in a Sunday paper', () => {
    expect(tag('talks last week', '2006-04-02')).toEqual([['last week', 'DATE', '2006-W13']]);
  });
});
