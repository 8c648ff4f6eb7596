import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../events/model.ts';
import { sampleEvent } from '../export/_lib/sample-event.ts';
import { EVENTS_PER_PAGE, pageParam, pageSize, paginate, paginateEvents } from './paginate.ts';

function event(year: number): TimelineEvent {
  return sampleEvent({ id: `e${year}`, date: { value: String(year), precision: 'year' }, title: String(year) });
}

const years = (from: number, count: number): TimelineEvent[] => Array.from({ length: count }, (_, index) => event(from + index));

describe('paginateEvents', () => {
  it('returns pages of the given size in chronological order, the last one shorter', () => {
    const pages = paginateEvents(years(1990, 5).reverse(), { order: 'oldest', size: 2 });
    expect(pages.map((page) => page.items.map((item) => item.id))).toEqual([['e1990', 'e1991'], ['e1992', 'e1993'], ['e1994']]);
    expect(pages.map((page) => [page.number, page.count, page.total])).toEqual([
      [1, 3, 5],
      [2, 3, 5],
      [3, 3, 5],
    ]);
  });

  it('returns the newest events on the first page when the timeline is newest first', () => {
    const pages = paginateEvents(years(1990, 3), { order: 'newest', size: 2 });
    expect(pages.map((page) => page.items.map((item) => item.id))).toEqual([['e1992', 'e1991'], ['e1990']]);
  });

  it('puts every event on exactly one page', () => {
    const events = years(1800, 2 * EVENTS_PER_PAGE + 7);
    const pages = paginateEvents(events, { order: 'oldest', size: EVENTS_PER_PAGE });
    expect(pages.map((page) => page.items.length)).toEqual([EVENTS_PER_PAGE, EVENTS_PER_PAGE, 7]);
    expect(new Set(pages.flatMap((page) => page.items.map((item) => item.id))).size).toBe(events.length);
  });

  describe('edge cases', () => {
    it('returns one empty page for no events', () => {
      expect(paginateEvents([], { order: 'oldest', size: 10 })).toEqual([{ number: 1, count: 1, total: 0, items: [] }]);
    });

    it('returns one page when the events fill it exactly', () => {
      expect(paginateEvents(years(2000, 10), { order: 'oldest', size: 10 })).toHaveLength(1);
    });
  });
});

describe('paginate', () => {
  it('returns pages of the given size, keeping the order', () => {
    expect(paginate(['c', 'a', 'b'], 2).map((page) => page.items)).toEqual([['c', 'a'], ['b']]);
  });
});

describe('pageParam', () => {
  it('returns no parameter for the first page and the number for the others', () => {
    expect([1, 2, 10].map(pageParam)).toEqual([undefined, '2', '10']);
  });
});

describe('pageSize', () => {
  it('returns the default when unset and the number when set', () => {
    expect(pageSize(undefined)).toBe(EVENTS_PER_PAGE);
    expect(pageSize(' ')).toBe(EVENTS_PER_PAGE);
    expect(pageSize('3')).toBe(3);
  });

  describe('edge cases', () => {
    it.each(['0', '-2', '2.5', 'ten'])('throws naming the setting for %s', (setting) => {
      expect(() => pageSize(setting)).toThrow(/ENTENTE_PAGE_SIZE/u);
    });
  });
});
