import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { vagueDuration } from './vagueDuration.ts';

describe('vagueDuration', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(vagueDuration.name).toBe('vagueDuration');
    expect(vagueDuration.pattern.flags).toContain('g');
    expect(vagueDuration.starters.length).toBeGreaterThan(0);
  });

  it("returns PXM when the text says months of protests", () => {
    expect(tag("snuffing out months of pro-democracy protests", '2024-10-18')).toEqual([["months", "DURATION", "PXM"]]);
  });

  it("returns PXY when the text says for years", () => {
    expect(tag("It has lobbied for years.", '2024-10-18')).toEqual([["years", "DURATION", "PXY"]]);
  });
});
