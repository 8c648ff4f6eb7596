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
    relation: null,
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

  it('returns the newest decade, year and event first when asked', () => {
    const timeline = groupTimeline([event('2024-10-18'), event('1997'), event('2024-03')], { order: 'newest' });
    expect(timeline.decades.map((decade) => decade.years.map((year) => year.events.map((item) => item.date.value)))).toEqual([
      [['2024-10-18', '2024-03']],
      [['1997']],
    ]);
  });

  it('returns each era beside every year it covers, labelled at the first', () => {
    const golden = { id: 'golden-era', title: 'Golden era', start: '2015', end: '2018', text: 'Warm ties.' };
    const timeline = groupTimeline([event('1997'), event('2015'), event('2018-05'), event('2020')], { eras: [golden] });
    const marks = timeline.decades.flatMap((decade) => decade.years.map((year) => [year.label, year.eras.map((mark) => mark.first)]));
    expect(marks).toEqual([
      ['1997', []],
      ['2015', [true]],
      ['2018', [false]],
      ['2020', []],
    ]);
  });

  describe('edge cases', () => {
    it('labels an era at the first year shown when the newest come first', () => {
      const golden = { id: 'golden-era', title: 'Golden era', start: '2015', end: '2018', text: '' };
      const [decade] = groupTimeline([event('2015'), event('2017')], { eras: [golden], order: 'newest' }).decades;
      expect(decade?.years.map((year) => [year.label, year.eras[0]?.first])).toEqual([
        ['2017', true],
        ['2015', false],
      ]);
    });

    it('leaves out an era whose dates are not on the calendar', () => {
      const odd = { id: 'odd', title: 'Odd', start: 'PRESENT_REF', end: '2018', text: '' };
      expect(groupTimeline([event('2015')], { eras: [odd] }).decades[0]?.years[0]?.eras).toEqual([]);
    });

    it('returns a decade-precision event under its own label', () => {
      expect(labels([event('199X'), event('1997')])).toEqual([['1990s', ['1990s', '1997']]]);
    });

    it('returns no groups for no events', () => {
      expect(groupTimeline([])).toEqual({ showDecades: false, decades: [] });
    });
  });
});
