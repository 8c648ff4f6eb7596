import { describe, expect, it } from 'vitest';
import { formatEventDate } from './format-date.ts';

describe('formatEventDate', () => {
  it.each([
    ['2024-10-18', 'Fri 18 Oct 2024'],
    ['2024-10-18TAF', 'Fri 18 Oct 2024'],
    ['2024-W42', 'Week 42, 2024'],
    ['2015-10', 'October 2015'],
    ['2019-SU', 'Summer 2019'],
    ['2024-Q1', 'Q1 2024'],
    ['2024-H1', 'First half of 2024'],
    ['1997', '1997'],
    ['199X', '1990s'],
    ['19', '20th century'],
    ['20', '21st century'],
  ])('returns %s at its own precision as "%s"', (value, expected) => {
    expect(formatEventDate(value)).toBe(expected);
  });

  it('returns the modifier as a word before the date', () => {
    expect(formatEventDate('2018', 'START')).toBe('Early 2018');
    expect(formatEventDate('2020', 'MID')).toBe('Mid-2020');
    expect(formatEventDate('199X', 'END')).toBe('Late 1990s');
  });

  describe('edge cases', () => {
    it('returns a value with no calendar place unchanged', () => {
      expect(formatEventDate('PRESENT_REF')).toBe('PRESENT_REF');
    });

    it('returns the same day whatever the time zone of the build machine', () => {
      // parseISO reads and format writes in local time, so the calendar day cannot shift.
      expect(formatEventDate('2024-01-01')).toBe('Mon 1 Jan 2024');
    });
  });
});
