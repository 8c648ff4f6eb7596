import { describe, expect, it } from 'vitest';
import type { DatePrecision } from '../dates/precision.ts';
import type { TimelineEvent } from '../events/model.ts';
import { sampleEvent } from '../export/_lib/sample-event.ts';
import { DECADE_PAGES, PERIODS_ABOVE_PAGES, listPages } from './period-pages.ts';
import type { ListPageView } from './period-pages.ts';

function event(id: string, value: string, precision: DatePrecision = 'day'): TimelineEvent {
  return sampleEvent({ id, date: { value, precision }, title: id });
}

/** `count` events in `year`, one a day from 1 January. */
function inYear(year: number, count: number): TimelineEvent[] {
  return Array.from({ length: count }, (_, index) => event(`${year}-${index}`, `${year}-01-${String(index + 1).padStart(2, '0')}`));
}

/** Each page's address and the ids it lists (the first page of a long list: its latest events). */
function shown(views: readonly ListPageView[]): Array<[string | undefined, string[]]> {
  return views.map((view) => [view.param, ('page' in view ? view.page.items : view.overview.latest).map((item) => item.id)]);
}

/** Pages of one event: a list of more than PERIODS_ABOVE_PAGES events is cut by period, a decade of more than DECADE_PAGES by year. */
const ONE = { order: 'oldest', size: 1, latest: 2 } as const;

describe('listPages', () => {
  it('pages a list of up to PERIODS_ABOVE_PAGES pages in the timeline’s order', () => {
    const events = [...inYear(2001, PERIODS_ABOVE_PAGES - 1), ...inYear(1999, 1)];
    expect(shown(listPages(events, ONE)).map(([param]) => param)).toEqual([undefined, '2', '3', '4', '5'].slice(0, PERIODS_ABOVE_PAGES));
    expect(shown(listPages(events, { ...ONE, size: 10 }))).toEqual([[undefined, ['1999-0', ...inYear(2001, PERIODS_ABOVE_PAGES - 1).map((item) => item.id)]]]);
    expect(listPages(events, ONE).every((view) => !('period' in view))).toBe(true);
  });

  it('gives a longer list a first page of counts and its latest events, then the pages of each decade', () => {
    const events = [...inYear(1975, 1), ...inYear(1999, 1), ...inYear(2001, 2), ...inYear(2003, 2)];
    const views = listPages(events, { order: 'oldest', size: 1, latest: 2 });
    expect(shown(views)).toEqual([
      [undefined, ['2003-1', '2003-0']],
      ['1970s', ['1975-0']],
      ['1990s', ['1999-0']],
      // Four events of the 2000s, more than DECADE_PAGES pages: each year has its own.
      ['2001', ['2001-0']],
      ['2001/2', ['2001-1']],
      ['2003', ['2003-0']],
      ['2003/2', ['2003-1']],
    ]);
    const [first] = views;
    expect(first && 'overview' in first && [first.total, first.overview.decades.flatMap((decade) => decade.years.map((year) => [year.label, year.page, year.anchor, year.count]))]).toEqual([
      6,
      [
        // A decade page of one year: no need to say where on it.
        ['1975', '1970s', undefined, 1],
        ['1999', '1990s', undefined, 1],
        ['2001', '2001', undefined, 2],
        ['2003', '2003', undefined, 2],
      ],
    ]);
    const second = views[4];
    expect(second && 'page' in second && [second.page.number, second.page.count, second.page.total]).toEqual([2, 2, 2]);
    expect(second && 'period' in second && second.period).toEqual({
      label: '2001',
      slug: '2001',
      name: '2001',
      previous: { label: '1990s', slug: '1990s', name: 'the 1990s' },
      next: { label: '2003', slug: '2003', name: '2003' },
    });
  });

  it('links each year of a decade on two pages to the page that lists it, at its heading', () => {
    expect(DECADE_PAGES).toBe(2);
    const events = [...inYear(1995, 1), ...inYear(1996, 1), ...inYear(1998, 1), ...inYear(2010, 4), ...inYear(2011, 4)];
    const [first, ...rest] = listPages(events, { order: 'oldest', size: 2, latest: 1 });
    expect(shown(rest).slice(0, 2)).toEqual([
      ['1990s', ['1995-0', '1996-0']],
      ['1990s/2', ['1998-0']],
    ]);
    expect(first && 'overview' in first && first.overview.decades[0]?.years.map((year) => [year.label, year.page, year.anchor])).toEqual([
      ['1995', '1990s', 'y1995'],
      ['1996', '1990s', 'y1996'],
      ['1998', '1990s/2', 'y1998'],
    ]);
  });

  it('names a decade as a sentence does, and lists the events dated only to a decade on a page of their own when its years have theirs', () => {
    const events = [event('nineties', '199X', 'decade'), ...inYear(1995, 5)];
    const views = listPages(events, ONE);
    expect(shown(views).slice(1, 3)).toEqual([
      ['1990s', ['nineties']],
      ['1995', ['1995-0']],
    ]);
    const decade = views[1];
    expect(decade && 'period' in decade && decade.period?.name).toBe('the 1990s');
  });

  it('lists the newest first within each period when the timeline is newest first', () => {
    const events = [...inYear(2001, 3), ...inYear(2002, 1), ...inYear(2015, 2)];
    expect(shown(listPages(events, { ...ONE, order: 'newest' })).slice(1)).toEqual([
      ['2001', ['2001-2']],
      ['2001/2', ['2001-1']],
      ['2001/3', ['2001-0']],
      ['2002', ['2002-0']],
      ['2010s', ['2015-1']],
      ['2010s/2', ['2015-0']],
    ]);
  });

  it.each([
    ['2001-06-01', ['2001/3']],
    // The newest event: the first page's latest events change too.
    ['2016-06-01', [undefined, '2010s']],
  ])('changes only the pages of its decade or year when an event of %s is added', (date, pages) => {
    const before = [...inYear(1999, 4), ...inYear(2001, 7), ...inYear(2003, 5), ...inYear(2015, 2)];
    const after = [...before, event('added', date)];
    const listed = (events: TimelineEvent[]) => new Map(shown(listPages(events, { order: 'oldest', size: 3, latest: 1 })).map(([param, ids]) => [param, ids]));
    const [was, is] = [listed(before), listed(after)];
    const changed = [...is.keys()].filter((param) => JSON.stringify(is.get(param)) !== JSON.stringify(was.get(param)));
    expect(changed).toEqual(pages);
    expect(is.size).toBe(was.size);
  });
});
