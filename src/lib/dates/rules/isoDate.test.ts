import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { isoDate } from './isoDate.ts';

describe('isoDate', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(isoDate.name).toBe('isoDate');
    expect(isoDate.pattern.flags).toContain('g');
    expect(isoDate.starters.length).toBeGreaterThan(0);
  });

  it("returns the day when the text writes an ISO date", () => {
    expect(tag("Signed 2024-10-18 in Beijing.", '2024-10-18')).toEqual([["2024-10-18", "DATE", "2024-10-18"]]);
  });

  it("returns a TIME when the ISO date carries a time", () => {
    expect(tag("At 2024-10-18T14:30 talks began.", '2024-10-18')).toEqual([["2024-10-18T14:30", "TIME", "2024-10-18T14:30"]]);
  });
});
