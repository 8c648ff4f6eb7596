import { describe, expect, it } from 'vitest';
import type { DatePrecision } from '../dates/precision.ts';
import type { TimelineEvent } from '../events/model.ts';
import { sampleEvent } from '../export/_lib/sample-event.ts';
import { listPages } from './period-pages.ts';
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

describe('listPages', () => {
  it('lists a short list on one page, in the timeline’s order', () => {
    const views = listPages([...inYear(2001, 2), ...inYear(1999, 1)], { order: 'oldest', size: 3, latest: 2 });
    expect(shown(views)).toEqual([[undefined, ['1999-0', '2001-0', '2001-1']]]);
    expect(views[0]).not.toHaveProperty('period');
  });

  it('gives a long list a first page of counts and its latest events, then each year its own pages', () => {
    const events = [...inYear(1999, 1), ...inYear(2001, 5), ...inYear(2003, 2)];
    const views = listPages(events, { order: 'oldest', size: 3, latest: 2 });
    expect(shown(views)).toEqual([
      [undefined, ['2003-1', '2003-0']],
      ['1999', ['1999-0']],
      ['2001', ['2001-0', '2001-1', '2001-2']],
      ['2001/2', ['2001-3', '2001-4']],
      ['2003', ['2003-0', '2003-1']],
    ]);
    const [first] = views;
    expect(first && 'overview' in first && [first.total, first.overview.decades.flatMap((decade) => decade.years.map((year) => [year.page, year.count]))]).toEqual([
      8,
      [['1999', 1], ['2001', 5], ['2003', 2]],
    ]);
    const second = views[3];
    expect(second && 'page' in second && [second.page.number, second.page.count, second.page.total]).toEqual([2, 2, 5]);
    expect(second && 'period' in second && second.period).toEqual({
      label: '2001',
      slug: '2001',
      previous: { label: '1999', slug: '1999' },
      next: { label: '2003', slug: '2003' },
    });
  });

  it('lists the events dated only to a decade on a page of their own', () => {
    const events = [event('nineties', '199X', 'decade'), ...inYear(1995, 3)];
    expect(shown(listPages(events, { order: 'oldest', size: 3, latest: 1 })).map(([param]) => param)).toEqual([undefined, '1990s', '1995']);
  });

  it('lists the newest first within each year when the timeline is newest first', () => {
    const views = listPages([...inYear(2001, 3), ...inYear(2002, 1)], { order: 'newest', size: 2, latest: 1 });
    expect(shown(views).slice(1)).toEqual([
      ['2001', ['2001-2', '2001-1']],
      ['2001/2', ['2001-0']],
      ['2002', ['2002-0']],
    ]);
  });

  it('changes only the first page and the pages of its year when an event is added', () => {
    const before = [...inYear(1999, 4), ...inYear(2001, 7), ...inYear(2003, 5)];
    const after = [...before, event('added', '2001-06-01')];
    const pages = (events: TimelineEvent[]) => new Map(shown(listPages(events, { order: 'oldest', size: 3, latest: 2 })).map(([param, ids]) => [param, ids]));
    const [was, is] = [pages(before), pages(after)];
    const changed = [...is.keys()].filter((param) => JSON.stringify(is.get(param)) !== JSON.stringify(was.get(param)));
    expect(changed).toEqual(['2001/3']);
    expect(is.size).toBe(was.size);
  });
});
