import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { slashDate } from './slashDate.ts';

describe('slashDate', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(slashDate.name).toBe('slashDate');
    expect(slashDate.pattern.flags).toContain('g');
    expect(slashDate.starters.length).toBeGreaterThan(0);
  });

  it("returns month-first days when both readings are possible", () => {
    expect(tag("The 7/8/07 launch", '2007-07-09')).toEqual([["7/8/07", "DATE", "2007-07-08"]]);
  });

  it("returns day-first days when the first number cannot be a month", () => {
    expect(tag("On 18/10/2024 he flew.", '2024-10-18')).toEqual([["18/10/2024", "DATE", "2024-10-18"]]);
  });
});
