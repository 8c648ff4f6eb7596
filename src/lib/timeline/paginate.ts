import { compareEvents } from '../events/merge.ts';
import type { TimelineEvent } from '../events/model.ts';
import type { TimelineOrder } from './order.ts';
import { wholeNumberSetting } from '../whole-number-setting.ts';

/**
 * Events on one page of a long list. A listed event weighs about 1.2 KB of HTML on the built site
 * (measured on a synthetic site of 300 articles), so 100 keep a page near 150 KB, well inside the
 * 300 KB budget even with long titles and many actors.
 */
export const EVENTS_PER_PAGE = 100;

/**
 * Articles on one page of the article index: an entry weighs about 250 bytes of HTML (measured on
 * the synthetic site of 300 articles), so 500 keep the page near 130 KB.
 */
export const ARTICLES_PER_PAGE = 500;

/** One page of a long list. */
export interface ListPage<T> {
  /** From 1. */
  number: number;
  /** How many pages the list has. */
  count: number;
  /** How many items the whole list has. */
  total: number;
  /** This page's items, in the list's order. */
  items: T[];
}

/** One page of a list of events, in the timeline's order. */
export type EventsPage = ListPage<TimelineEvent>;

/**
 * A list cut into pages of `size` items, keeping its order; always at least one page, so an empty
 * list still has its first page.
 *
 * @example
 * paginate(['a', 'b', 'c'], 2).map((page) => page.items) //=> [['a', 'b'], ['c']]
 */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    total: items.length,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/**
 * Events cut into pages in the timeline's order.
 *
 * @example
 * const events = ['2001', '2002', '2003', '2004', '2005'].map((year) => sampleEvent({ id: year, date: { value: year, precision: 'year' } }))
 * paginateEvents(events, { order: 'newest', size: 2 }).map((page) => page.items.map((event) => event.id))
 * //=> [['2005', '2004'], ['2003', '2002'], ['2001']]
 */
export function paginateEvents(events: readonly TimelineEvent[], options: { order: TimelineOrder; size: number }): EventsPage[] {
  const sorted = [...events].sort(compareEvents);
  if (options.order === 'newest') sorted.reverse();
  return paginate(sorted, options.size);
}

/**
 * The route parameter of a page: none for the first, so `/years/1997/` stays the address of
 * the list's start and `/years/1997/2/` follows.
 *
 * @example
 * pageParam(1) //=> undefined
 * pageParam(2) //=> '2'
 */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : String(number);
}

/**
 * The page size a site is built with, read from a setting such as `ENTENTE_PAGE_SIZE`:
 * {@link EVENTS_PER_PAGE} unless set; anything but a whole number above 0 throws (see wholeNumberSetting).
 *
 * @example
 * pageSize(undefined) //=> 100
 * pageSize('3') //=> 3
 */
export function pageSize(setting: string | undefined): number {
  return wholeNumberSetting('ENTENTE_PAGE_SIZE', setting, { counting: 'events', fallback: EVENTS_PER_PAGE });
}
