import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { monthDayRange } from './monthDayRange.ts';

describe('monthDayRange', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(monthDayRange.name).toBe('monthDayRange');
    expect(monthDayRange.pattern.flags).toContain('g');
    expect(monthDayRange.starters.length).toBeGreaterThan(0);
  });

  it('returns two dates, the first taking the year written after the second, when "to" joins the days', () => {
    expect(tag('From February 21 to 28, 1972, Nixon visited China.')).toEqual([['February 21', 'DATE', '1972-02-21'], ['28, 1972', 'DATE', '1972-02-28']]);
  });

  it('returns two dates in the year anchoring gives when no year is written', () => {
    expect(tag('Wang Yi visited Washington October 26-27.', '2023-10-27')).toEqual([['October 26', 'DATE', '2023-10-26'], ['27', 'DATE', '2023-10-27']]);
    expect(tag('Wang Yi visited Washington October 26–27.', '2023-10-27')).toEqual([['October 26', 'DATE', '2023-10-26'], ['27', 'DATE', '2023-10-27']]);
  });

  it('returns the second day with its own month when both months are written', () => {
    expect(tag('February 21 to March 3, 1972')).toEqual([['February 21', 'DATE', '1972-02-21'], ['March 3, 1972', 'DATE', '1972-03-03']]);
  });

  it('returns a date for each day of a list', () => {
    expect(tag('May 12, 13 and 14, 2015')).toEqual([['May 12', 'DATE', '2015-05-12'], ['13', 'DATE', '2015-05-13'], ['14, 2015', 'DATE', '2015-05-14']]);
  });

  describe('edge cases', () => {
    it('returns only the day when the number after "and" counts days', () => {
      expect(tag('signed on June 1 and 2 days later ratified', '2024-10-18')).toEqual([['June 1', 'DATE', '2024-06-01'], ['2 days later', 'DATE', '2024-06-03']]);
    });
    it('returns only the day of the year when a full date follows a comma', () => {
      expect(tag('on May 12, 2015 to mark it')).toEqual([['May 12, 2015', 'DATE', '2015-05-12']]);
    });
  });
});
