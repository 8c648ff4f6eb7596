import { describe, expect, it } from 'vitest';
import { datePrecision } from '../dates/precision.ts';
import { eventDateParts, formatEventDate, formatEventDateRange } from './format-date.ts';

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
    expect(formatEventDate('2024-10-18', 'ON_OR_BEFORE')).toBe('On or before Fri 18 Oct 2024');
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

describe('eventDateParts', () => {
  it('returns one part with the value as datetime when the event has no end', () => {
    expect(eventDateParts({ value: '2024-10-18', precision: 'day' })).toEqual({ start: { text: 'Fri 18 Oct 2024', timex: '2024-10-18', datetime: '2024-10-18' } });
  });

  it('returns the nearest valid HTML value as datetime, and none when nothing fits', () => {
    expect(eventDateParts({ value: '2019-SU', precision: 'season' })).toEqual({ start: { text: 'Summer 2019', timex: '2019-SU', datetime: '2019' } });
    expect(eventDateParts({ value: '199X', precision: 'decade' })).toEqual({ start: { text: '1990s', timex: '199X' } });
  });

  it('returns two parts with valid HTML date strings as datetimes when the event lasts', () => {
    expect(eventDateParts({ value: '1972-02-21', precision: 'day', end: '1972-02-28', endPrecision: 'day' })).toEqual({
      start: { text: '21', timex: '1972-02-21', datetime: '1972-02-21' },
      range: { dash: '–', end: { text: '28 Feb 1972', timex: '1972-02-28', datetime: '1972-02-28' } },
    });
    expect(eventDateParts({ value: '2024-Q1', precision: 'quarter', end: '2024-Q3', endPrecision: 'quarter' })).toMatchObject({
      start: { datetime: '2024-01' },
      range: { end: { datetime: '2024-09' } },
    });
  });
});

describe('formatEventDateRange', () => {
  it.each([
    ['days of one month', { value: '1972-02-21', end: '1972-02-28' }, '21–28 Feb 1972'],
    ['days of one year', { value: '1972-02-28', end: '1972-03-03' }, '28 Feb – 3 Mar 1972'],
    ['days across years', { value: '2011-12-30', end: '2012-01-02' }, '30 Dec 2011 – 2 Jan 2012'],
    ['months of one year', { value: '1972-02', end: '1972-03' }, 'Feb–Mar 1972'],
    ['months across years', { value: '1972-02', end: '1973-03' }, 'Feb 1972 – Mar 1973'],
    ['years', { value: '2011', end: '2012' }, '2011–2012'],
    ['years written short ("1961–62")', { value: '1961', end: '1962' }, '1961–1962'],
    ['decades', { value: '199X', end: '200X' }, '1990s–2000s'],
    ['a day to a month', { value: '2015-03-04', end: '2015-04' }, '4 Mar 2015 – Apr 2015'],
    ['quarters', { value: '2024-Q1', end: '2024-Q3' }, 'Q1 2024 – Q3 2024'],
  ] as const)('returns a range of %s as "%s"', (_name, { value, end }, expected) => {
    const date = { value, end, precision: datePrecision(value)!, endPrecision: datePrecision(end)! };
    expect(formatEventDateRange(date)).toBe(expected);
  });

  it('returns a single date as formatEventDate does', () => {
    expect(formatEventDateRange({ value: '2018', precision: 'year', mod: 'START' })).toBe('Early 2018');
  });

  it('returns the modifier before the whole range', () => {
    expect(formatEventDateRange({ value: '1972-02-21', precision: 'day', mod: 'APPROX', end: '1972-02-28', endPrecision: 'day' })).toBe(
      'Around 21–28 Feb 1972',
    );
  });

  describe('edge cases', () => {
    it('returns the start alone when the end adds nothing to it', () => {
      expect(formatEventDateRange({ value: '2011', precision: 'year', end: '2011', endPrecision: 'year' })).toBe('2011');
    });
  });
});
