import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../events/model.ts';
import { datePrecision } from '../dates/precision.ts';
import { groupTimeline } from './group.ts';

function event(value: string, title = value): TimelineEvent {
  return {
    id: `${value}-${title}`,
    date: { value, precision: datePrecision(value) ?? 'year' },
    title,
    summary: title,
    actors: [],
    type: 'other',
    kind: 'background',
    sources: [],
  };
}

function labels(events: TimelineEvent[]) {
  return groupTimeline(events).decades.map((decade) => [decade.label, decade.years.map((year) => year.label)]);
}

describe('groupTimeline', () => {
  it('returns events sorted and grouped by decade, then year', () => {
    expect(labels([event('2024-10-18'), event('1997'), event('2020'), event('2015')])).toEqual([
      ['1990s', ['1997']],
      ['2010s', ['2015']],
      ['2020s', ['2020', '2024']],
    ]);
  });

  it('returns coarser dates before finer ones that start the same day', () => {
    const [decade] = groupTimeline([event('2020-06-30'), event('2020-06'), event('2020')]).decades;
    expect(decade?.years[0]?.events.map((item) => item.date.value)).toEqual(['2020', '2020-06', '2020-06-30']);
  });

  it('shows decade headings only when the events span several decades', () => {
    expect(groupTimeline([event('2020'), event('2024-10-18')]).showDecades).toBe(false);
    expect(groupTimeline([event('1997'), event('2024-10-18')]).showDecades).toBe(true);
  });

  describe('edge cases', () => {
    it('returns a decade-precision event under its own label', () => {
      expect(labels([event('199X'), event('1997')])).toEqual([['1990s', ['1990s', '1997']]]);
    });

    it('returns no groups for no events', () => {
      expect(groupTimeline([])).toEqual({ showDecades: false, decades: [] });
    });
  });
});
