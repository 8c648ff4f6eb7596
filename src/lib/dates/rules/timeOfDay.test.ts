import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { timeOfDay } from './timeOfDay.ts';

describe('timeOfDay', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(timeOfDay.name).toBe('timeOfDay');
    expect(timeOfDay.pattern.flags).toContain('g');
    expect(timeOfDay.starters.length).toBeGreaterThan(0);
  });

  it("returns the DCT with the time when a clock time is given with UTC", () => {
    expect(tag("The vote closed at 18:00 UTC.", '2008-10-07')).toEqual([["18:00 UTC", "TIME", "2008-10-07T18:00Z"]]);
  });

  it("returns a 24-hour time when p.m. is written", () => {
    expect(tag("He spoke at 2:30 p.m. on Friday.", '2024-10-18')).toEqual([["2:30 p.m. on Friday", "TIME", "2024-10-18T14:30"]]);
  });
  it('keeps a bracketed GMT offset inside the TIME span without changing the value', () => {
    expect(tag('It landed at 6:40 p.m. (GMT +8).', '2007-10-17')).toEqual([['6:40 p.m. (GMT +8)', 'TIME', '2007-10-17T18:40']]);
  });
});
