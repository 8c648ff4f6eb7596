import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { dayRange } from './dayRange.ts';

describe('dayRange', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(dayRange.name).toBe('dayRange');
    expect(dayRange.pattern.flags).toContain('g');
    expect(dayRange.starters.length).toBeGreaterThan(0);
  });

  it('returns two dates, the first taking month and year from the second, when a dash joins the days', () => {
    const both = [['4', 'DATE', '2015-03-04'], ['7 March 2015', 'DATE', '2015-03-07']];
    expect(tag('Talks ran 4–7 March 2015.')).toEqual(both);
    expect(tag('Talks ran 4-7 March 2015.')).toEqual(both);
  });

  it('returns two dates when "between … and" or "from … to" join the days', () => {
    expect(tag('between 8 and 10 June 2015')).toEqual([['8', 'DATE', '2015-06-08'], ['10 June 2015', 'DATE', '2015-06-10']]);
    expect(tag('held in Tashkent from 4 to 10 January 1966')).toEqual([['4', 'DATE', '1966-01-04'], ['10 January 1966', 'DATE', '1966-01-10']]);
  });

  it('returns two dates when "and" pairs two days of one month', () => {
    expect(tag('met on 1 and 2 March 1966')).toEqual([['1', 'DATE', '1966-03-01'], ['2 March 1966', 'DATE', '1966-03-02']]);
  });

  it('returns a date for each day of a list', () => {
    expect(tag('on 5, 6 and 7 March 2016')).toEqual([['5', 'DATE', '2016-03-05'], ['6', 'DATE', '2016-03-06'], ['7 March 2016', 'DATE', '2016-03-07']]);
  });

  it('returns the first day with its own month and the year of the second when both months are written', () => {
    expect(tag('from 21 February to 3 March 1972')).toEqual([['21 February', 'DATE', '1972-02-21'], ['3 March 1972', 'DATE', '1972-03-03']]);
  });

  it('returns the year before for the first day when its month comes later than the last', () => {
    expect(tag('from 28 December to 3 January 1972')).toEqual([['28 December', 'DATE', '1971-12-28'], ['3 January 1972', 'DATE', '1972-01-03']]);
  });

  it('returns both days in the year anchoring gives the last one when no year is written', () => {
    expect(tag('The summit will be held on 4-7 March.', '2024-10-18')).toEqual([['4', 'DATE', '2025-03-04'], ['7 March', 'DATE', '2025-03-07']]);
    // The DCT between the two days: read alone, "4" (before it) would stay in 2024 and "7 March"
    // (after it, in a past clause) go back to 2023; the range keeps one year, the last day's.
    expect(tag('The talks were held on 4-7 March.', '2024-03-05')).toEqual([['4', 'DATE', '2023-03-04'], ['7 March', 'DATE', '2023-03-07']]);
  });

  describe('edge cases', () => {
    it('returns only the dated day when the days run backwards', () => {
      expect(tag('from 7 to 4 March 2015')).toEqual([['4 March 2015', 'DATE', '2015-03-04']]);
    });
    it('returns nothing for numbers of a document\'s parts before a capitalised "May"', () => {
      expect(tag('Pages 12-14 May be missing.')).toEqual([]);
    });
  });
});
