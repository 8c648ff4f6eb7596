import { describe, expect, it } from 'vitest';
import { datePrecision } from '../dates/precision.ts';
import type { TimelineEvent } from '../events/model.ts';
import { sampleEvent } from '../export/_lib/sample-event.ts';
import { timelineOverview } from './overview.ts';

function event(value: string): TimelineEvent {
  return sampleEvent({ id: value, date: { value, precision: datePrecision(value) ?? 'year' }, title: value });
}

describe('timelineOverview', () => {
  it('returns each decade and year with its count, oldest first, each year with its page', () => {
    const overview = timelineOverview([event('2024-10-18'), event('1997'), event('2024-03'), event('1998-05-01')], { latest: 10 });
    expect(overview.decades).toEqual([
      {
        label: '1990s',
        count: 2,
        years: [
          { label: '1997', page: '1997', count: 1 },
          { label: '1998', page: '1998', count: 1 },
        ],
      },
      { label: '2020s', count: 2, years: [{ label: '2024', page: '2024', count: 2 }] },
    ]);
  });

  it('returns the newest events, newest first, as many as asked', () => {
    const overview = timelineOverview([event('2001'), event('2024-10-18'), event('1997'), event('2024-03')], { latest: 2 });
    expect(overview.latest.map((item) => item.id)).toEqual(['2024-10-18', '2024-03']);
  });

  describe('edge cases', () => {
    it('returns a decade-precision group without a year page', () => {
      const overview = timelineOverview([event('199X'), event('1997')], { latest: 1 });
      expect(overview.decades[0]?.years.map((year) => [year.label, year.page])).toEqual([
        ['1990s', undefined],
        ['1997', '1997'],
      ]);
    });

    it('returns nothing for no events', () => {
      expect(timelineOverview([], { latest: 5 })).toEqual({ decades: [], latest: [] });
    });
  });
});
