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

  it('returns a TIME, not a year, when four digits come before a zone', () => {
    expect(tag('The strike began at 2100 GMT.', '2024-10-18')).toEqual([['2100 GMT', 'TIME', '2024-10-18T21:00Z']]);
    expect(tag('Polls close by 2359 local time.', '2024-10-18')).toEqual([['2359', 'TIME', '2024-10-18T23:59']]);
    expect(tag('They met at 1300 CET.', '2024-10-18')).toEqual([['1300', 'TIME', '2024-10-18T13:00']]);
  });

  it('returns a TIME with "hours" in its span when a preposition or a leading zero makes four digits a clock time', () => {
    expect(tag('at 1430 hours', '2024-10-18')).toEqual([['1430 hours', 'TIME', '2024-10-18T14:30']]);
    expect(tag('The convoy left 0600 hrs.', '2024-10-18')).toEqual([['0600 hrs', 'TIME', '2024-10-18T06:00']]);
  });

  describe('edge cases', () => {
    it('returns a DURATION when four digits and "hours" count time', () => {
      expect(tag('He logged 1200 hours in the air.')).toEqual([['1200 hours', 'DURATION', 'PT1200H']]);
    });
    it('returns the year when a capitalised word after it is not a zone', () => {
      expect(tag('In 1945 West Germany lay in ruins.')).toEqual([['1945', 'DATE', '1945']]);
    });
  });
});
