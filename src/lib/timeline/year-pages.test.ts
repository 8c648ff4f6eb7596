import { describe, expect, it } from 'vitest';
import { datePrecision } from '../dates/precision.ts';
import type { TimelineEvent } from '../events/model.ts';
import { sampleEvent } from '../export/_lib/sample-event.ts';
import { eventYear, yearPages } from './year-pages.ts';

function event(value: string): TimelineEvent {
  return sampleEvent({ id: value, date: { value, precision: datePrecision(value) ?? 'year' }, title: value });
}

describe('yearPages', () => {
  it('returns one page per year, oldest first, each knowing its neighbours', () => {
    const pages = yearPages([event('2024-10-18'), event('1997'), event('2024-03'), event('2015')]);
    expect(pages.map((page) => [page.year, page.previous, page.next, page.events.map((item) => item.id)])).toEqual([
      ['1997', undefined, '2015', ['1997']],
      ['2015', '1997', '2024', ['2015']],
      ['2024', '2015', undefined, ['2024-03', '2024-10-18']],
    ]);
  });

  describe('edge cases', () => {
    it('gives a decade-precision event no year page', () => {
      expect(yearPages([event('199X'), event('1997')]).map((page) => page.year)).toEqual(['1997']);
    });
  });
});

describe('eventYear', () => {
  it('returns the year whose page holds the event', () => {
    expect(eventYear(event('2024-10-18'))).toBe('2024');
    expect(eventYear(event('2015-Q1'))).toBe('2015');
  });

  describe('edge cases', () => {
    it('returns no year for a decade', () => {
      expect(eventYear(event('199X'))).toBeUndefined();
    });
  });
});
