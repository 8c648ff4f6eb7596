import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { century } from './century.ts';

describe('century', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(century.name).toBe('century');
    expect(century.pattern.flags).toContain('g');
    expect(century.starters.length).toBeGreaterThan(0);
  });

  it("returns the first two digits when an ordinal century is named", () => {
    expect(tag("the 19th century", '2024-10-18')).toEqual([["19th century", "DATE", "18"]]);
  });

  it("returns the century when it is spelled out", () => {
    expect(tag("the twentieth century", '2024-10-18')).toEqual([["twentieth century", "DATE", "19"]]);
  });
});
