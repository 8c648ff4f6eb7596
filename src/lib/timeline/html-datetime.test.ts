import { describe, expect, it } from 'vitest';
import { htmlDatetime } from './html-datetime.ts';

describe('htmlDatetime', () => {
  it('returns a day, a month, a year and a week as they are', () => {
    expect(htmlDatetime('2024-10-18')).toBe('2024-10-18');
    expect(htmlDatetime('2015-10')).toBe('2015-10');
    expect(htmlDatetime('1997')).toBe('1997');
    expect(htmlDatetime('2024-W42')).toBe('2024-W42');
  });

  it('returns the day when the value names a part of it', () => {
    expect(htmlDatetime('2024-10-18TAF')).toBe('2024-10-18');
    expect(htmlDatetime('2024-10-18TMO')).toBe('2024-10-18');
    expect(htmlDatetime('2024-10-18TNI')).toBe('2024-10-18');
  });

  it('returns a local or global date and time when the value has a clock time', () => {
    expect(htmlDatetime('2024-10-18T14:30')).toBe('2024-10-18T14:30');
    expect(htmlDatetime('2024-10-18T14:30:05')).toBe('2024-10-18T14:30:05');
    expect(htmlDatetime('2024-10-18T14:00Z')).toBe('2024-10-18T14:00Z');
  });

  it('returns the week when the value is its weekend', () => {
    expect(htmlDatetime('2018-W46-WE')).toBe('2018-W46');
  });

  it('returns the year when the value is a season, a quarter or a half', () => {
    expect(htmlDatetime('2019-SU')).toBe('2019');
    expect(htmlDatetime('2019-WI')).toBe('2019');
    expect(htmlDatetime('2024-Q1')).toBe('2024');
    expect(htmlDatetime('2024-H2')).toBe('2024');
  });

  it('returns a yearless date when only the year is unknown', () => {
    expect(htmlDatetime('XXXX-10-18')).toBe('10-18');
    expect(htmlDatetime('XXXX-02-29')).toBe('02-29');
  });

  it('returns a time of day when only the day is unknown', () => {
    expect(htmlDatetime('XXXX-XX-XXT14:30')).toBe('14:30');
    expect(htmlDatetime('XXXX-XX-XXT14:00Z')).toBe('14:00');
  });

  it('returns a duration in days and smaller units, weeks counted as seven days', () => {
    expect(htmlDatetime('P2D')).toBe('P2D');
    expect(htmlDatetime('PT30M')).toBe('PT30M');
    expect(htmlDatetime('PT1H30M')).toBe('PT1H30M');
    expect(htmlDatetime('P3W')).toBe('P21D');
  });

  it('returns undefined when no HTML value is true of the value', () => {
    for (const value of ['FUTURE_REF', 'PRESENT_REF', 'PAST_REF', '199X', '19', 'FY2024', 'XXXX-10', 'XXXX-XX-XX', 'XXXX-WXX-WE', 'XXXX', 'P2Y', 'P6M', 'PXM', 'PXDE', 'P1.5D']) {
      expect(htmlDatetime(value), value).toBeUndefined();
    }
  });

  it('returns undefined when the value is a recurring time', () => {
    expect(htmlDatetime('P1W', 'SET')).toBeUndefined();
  });

  describe('edge cases', () => {
    it('returns the day when the clock reads 24:00, which HTML has no room for', () => {
      expect(htmlDatetime('2024-10-18T24:00')).toBe('2024-10-18');
    });

    it('returns undefined for days the calendar does not have', () => {
      expect(htmlDatetime('2023-02-29')).toBeUndefined();
      expect(htmlDatetime('2024-04-31T10:00')).toBeUndefined();
      expect(htmlDatetime('XXXX-02-30')).toBeUndefined();
    });

    it('returns 29 February of a leap year, 1900 not being one and 2000 being one', () => {
      expect(htmlDatetime('2024-02-29')).toBe('2024-02-29');
      expect(htmlDatetime('2000-02-29')).toBe('2000-02-29');
      expect(htmlDatetime('1900-02-29')).toBeUndefined();
    });

    it('returns week 53 only in years that have one', () => {
      expect(htmlDatetime('2020-W53')).toBe('2020-W53');
      expect(htmlDatetime('2015-W53')).toBe('2015-W53');
      expect(htmlDatetime('2024-W53')).toBeUndefined();
      expect(htmlDatetime('2024-W00')).toBeUndefined();
    });

    it('returns undefined for year zero, which HTML does not count', () => {
      expect(htmlDatetime('0000')).toBeUndefined();
      expect(htmlDatetime('0000-10-18')).toBeUndefined();
    });

    it('returns undefined for an empty duration', () => {
      expect(htmlDatetime('P')).toBeUndefined();
      expect(htmlDatetime('PT')).toBeUndefined();
    });
  });
});
