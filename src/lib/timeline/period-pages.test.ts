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

  it('gives a long list a first page of counts and its latest events, then a page for each decade that fits on one', () => {
    const events = [...inYear(1975, 1), ...inYear(1999, 1), ...inYear(2001, 1), ...inYear(2003, 2)];
    const views = listPages(events, { order: 'oldest', size: 3, latest: 2 });
    expect(shown(views)).toEqual([
      [undefined, ['2003-1', '2003-0']],
      ['1970s', ['1975-0']],
      ['1990s', ['1999-0']],
      ['2000s', ['2001-0', '2003-0', '2003-1']],
    ]);
    const [first] = views;
    // Each year links to the page of its decade, at its heading.
    expect(first && 'overview' in first && [first.total, first.overview.decades.flatMap((decade) => decade.years.map((year) => [year.label, year.page, year.anchor, year.count]))]).toEqual([
      5,
      [
        ['1975', '1970s', 'y1975', 1],
        ['1999', '1990s', 'y1999', 1],
        ['2001', '2000s', 'y2001', 1],
        ['2003', '2000s', 'y2003', 2],
      ],
    ]);
    const last = views.at(-1);
    expect(last && 'period' in last && last.period).toEqual({
      label: '2000s',
      slug: '2000s',
      name: 'the 2000s',
      previous: { label: '1990s', slug: '1990s', name: 'the 1990s' },
    });
  });

  it('gives each year its own pages in a decade that does not fit on one', () => {
    const events = [...inYear(1999, 1), ...inYear(2001, 5), ...inYear(2003, 2)];
    const views = listPages(events, { order: 'oldest', size: 3, latest: 2 });
    expect(shown(views).slice(1)).toEqual([
      ['1990s', ['1999-0']],
      ['2001', ['2001-0', '2001-1', '2001-2']],
      ['2001/2', ['2001-3', '2001-4']],
      ['2003', ['2003-0', '2003-1']],
    ]);
    const [first] = views;
    expect(first && 'overview' in first && first.overview.decades.flatMap((decade) => decade.years.map((year) => [year.page, year.anchor]))).toEqual([
      ['1990s', 'y1999'],
      ['2001', undefined],
      ['2003', undefined],
    ]);
    const second = views[3];
    expect(second && 'page' in second && [second.page.number, second.page.count, second.page.total]).toEqual([2, 2, 5]);
    expect(second && 'period' in second && second.period).toEqual({
      label: '2001',
      slug: '2001',
      name: '2001',
      previous: { label: '1990s', slug: '1990s', name: 'the 1990s' },
      next: { label: '2003', slug: '2003', name: '2003' },
    });
  });

  it('lists the events dated only to a decade on a page of their own when the decade’s years have theirs', () => {
    const events = [event('nineties', '199X', 'decade'), ...inYear(1995, 3)];
    expect(shown(listPages(events, { order: 'oldest', size: 3, latest: 1 })).slice(1)).toEqual([
      ['1990s', ['nineties']],
      ['1995', ['1995-0', '1995-1', '1995-2']],
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
