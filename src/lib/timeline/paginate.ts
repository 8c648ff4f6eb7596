import { compareEvents } from '../events/merge.ts';
import type { TimelineEvent } from '../events/model.ts';
import type { TimelineOrder } from './order.ts';

/**
 * Events on one page of a long list. A listed event weighs about 1.2 KB of HTML on the built site
 * (measured on a synthetic site of 300 articles), so 100 keep a page near 150 KB, well inside the
 * 300 KB budget even with long titles and many actors.
 */
export const EVENTS_PER_PAGE = 100;

/** One page of a list of events. */
export interface EventsPage {
  /** From 1. */
  number: number;
  /** How many pages the list has. */
  count: number;
  /** How many events the whole list has. */
  total: number;
  /** This page's events, in the timeline's order. */
  events: TimelineEvent[];
}

/**
 * A list of events cut into pages in the timeline's order; always at least one page, so an empty
 * list still has its first page.
 *
 * @example
 * const events = ['2001', '2002', '2003', '2004', '2005'].map((year) => sampleEvent({ id: year, date: { value: year, precision: 'year' } }))
 * paginateEvents(events, { order: 'newest', size: 2 }).map((page) => page.events.map((event) => event.id))
 * //=> [['2005', '2004'], ['2003', '2002'], ['2001']]
 */
export function paginateEvents(events: readonly TimelineEvent[], options: { order: TimelineOrder; size: number }): EventsPage[] {
  const sorted = [...events].sort(compareEvents);
  if (options.order === 'newest') sorted.reverse();
  const count = Math.max(1, Math.ceil(sorted.length / options.size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    total: sorted.length,
    events: sorted.slice(index * options.size, (index + 1) * options.size),
  }));
}

/**
 * The route parameter of a page: none for the first, so `/kinds/background/` stays the address of
 * the list's start and `/kinds/background/2/` follows.
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
 * {@link EVENTS_PER_PAGE} unless set. Throws on anything but a positive whole number, since a typo
 * would otherwise silently build the wrong site.
 *
 * @example
 * pageSize(undefined) //=> 100
 * pageSize('3') //=> 3
 */
export function pageSize(setting: string | undefined): number {
  const value = (setting ?? '').trim();
  if (value === '') return EVENTS_PER_PAGE;
  if (!/^[1-9]\d*$/u.test(value)) throw new Error(`ENTENTE_PAGE_SIZE is "${setting}": use a whole number of events above 0, or leave it unset for ${EVENTS_PER_PAGE}.`);
  return Number(value);
}
