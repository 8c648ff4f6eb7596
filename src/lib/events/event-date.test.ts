import { describe, expect, it } from 'vitest';
import { eventSpan, withEnd } from './event-date.ts';

describe('eventSpan', () => {
  it('returns the days of the value when the date has no end', () => {
    expect(eventSpan({ value: '2024-W42' })).toEqual({ start: '2024-10-14', end: '2024-10-20' });
  });

  it('returns the first day of the value to the last day of the end when the date is a range', () => {
    expect(eventSpan({ value: '1972-02-21', end: '1972-02-28' })).toEqual({ start: '1972-02-21', end: '1972-02-28' });
    expect(eventSpan({ value: '2011', end: '2012' })).toEqual({ start: '2011-01-01', end: '2012-12-31' });
    expect(eventSpan({ value: '1972-02', end: '1973-03' })).toEqual({ start: '1972-02-01', end: '1973-03-31' });
  });

  it('returns the last day of a coarser end when the end is coarser than the start', () => {
    expect(eventSpan({ value: '2015-03-04', end: '2015-04' })).toEqual({ start: '2015-03-04', end: '2015-04-30' });
  });

  describe('edge cases', () => {
    it('returns nothing when the value has no calendar place', () => {
      expect(eventSpan({ value: 'PRESENT_REF', end: '2012' })).toBeUndefined();
    });

    it('returns the value’s days when the end lies before them', () => {
      expect(eventSpan({ value: '2012', end: '2011' })).toEqual({ start: '2012-01-01', end: '2012-12-31' });
    });
  });
});

describe('withEnd', () => {
  it('returns the date with its end and the end’s precision when the end is later', () => {
    expect(withEnd({ value: '1972-02-21', precision: 'day' }, '1972-02-28')).toEqual({
      value: '1972-02-21',
      precision: 'day',
      end: '1972-02-28',
      endPrecision: 'day',
    });
    expect(withEnd({ value: '1961', precision: 'year', mod: 'START' }, '1962')).toEqual({
      value: '1961',
      precision: 'year',
      mod: 'START',
      end: '1962',
      endPrecision: 'year',
    });
  });

  it('returns an end of another precision than the start with that precision', () => {
    expect(withEnd({ value: '1972-02-21', precision: 'day' }, '1973-03')).toMatchObject({ end: '1973-03', endPrecision: 'month' });
  });

  describe('edge cases', () => {
    it('returns the date unchanged when the end lies within it or before it', () => {
      expect(withEnd({ value: '2011', precision: 'year' }, '2011-06')).toEqual({ value: '2011', precision: 'year' });
      expect(withEnd({ value: '2011', precision: 'year' }, '2011')).toEqual({ value: '2011', precision: 'year' });
      expect(withEnd({ value: '2012', precision: 'year' }, '2011')).toEqual({ value: '2012', precision: 'year' });
    });

    it('returns the date unchanged when the end has no calendar place', () => {
      expect(withEnd({ value: '2011', precision: 'year' }, 'PRESENT_REF')).toEqual({ value: '2011', precision: 'year' });
    });
  });
});
