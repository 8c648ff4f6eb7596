import type { TimelineEvent } from '../events/model.ts';
import { groupTimeline } from './group.ts';
import type { TimelineOrder } from './order.ts';
import { timelineOverview } from './overview.ts';
import type { TimelineOverview } from './overview.ts';
import { paginateEvents } from './paginate.ts';
import type { EventsPage } from './paginate.ts';

/** A calendar period of a long list: a year, or "1990s" for the events dated only to a decade. */
export interface ListPeriod {
  label: string;
  /** Its part of the address: `1997`, `1990s`. */
  slug: string;
}

/** A page of a list of events: all of a short list, or one page of one period of a long one. */
export interface EventsListPage {
  /** The address after the list's own: none for the first page, `1997` or `1997/2` for a period's. */
  param: string | undefined;
  page: EventsPage;
  /** The period the page lists, with the list's periods before and after it; none for a short list. */
  period?: ListPeriod & { previous?: ListPeriod; next?: ListPeriod };
}

/** The first page of a long list: its periods with their counts, and its newest events. */
export interface OverviewListPage {
  param: undefined;
  total: number;
  overview: TimelineOverview;
}

export type ListPageView = EventsListPage | OverviewListPage;

/**
 * The part of an address that names a period.
 *
 * @example
 * periodSlug('1997') //=> '1997'
 * periodSlug('20th century') //=> '20th-century'
 */
export function periodSlug(label: string): string {
  return label.toLowerCase().replace(/[^0-9a-z]+/gu, '-');
}

/**
 * The pages of a list of events (an actor's, a type's, a relationship's): one page when it holds
 * `size` events or fewer; otherwise a first page with every period's count and the `latest` newest
 * events, and the events of each period on pages of their own, `size` to a page. Pages cut at the
 * calendar, not every `size` events, so that an event added or removed changes the pages of its own
 * period (and the first page) only: with pages cut by count, one event dated in 2001 moved every
 * later event to another page, and an incremental build rendered every page of every list it was
 * in again (909 pages for one added sentence at 4,000 articles).
 *
 * @example
 * const events = ['1997', '1998', '1998', '2015'].map((year, index) => sampleEvent({ id: `e${index}`, date: { value: year, precision: 'year' } }))
 * listPages(events, { order: 'oldest', size: 1, latest: 2 }).map((view) => view.param)
 * //=> [undefined, '1997', '1998', '1998/2', '2015']
 * listPages(events, { order: 'oldest', size: 4, latest: 2 }).map((view) => view.param)
 * //=> [undefined]
 */
export function listPages(events: readonly TimelineEvent[], options: { order: TimelineOrder; size: number; latest: number }): ListPageView[] {
  if (events.length <= options.size) return [{ param: undefined, page: paginateEvents(events, options)[0]! }];
  const groups = groupTimeline(events).decades.flatMap((decade) => decade.years);
  const periods = groups.map((group): ListPeriod => ({ label: group.label, slug: periodSlug(group.label) }));
  const overview = timelineOverview(events, { latest: options.latest, pageOf: periodSlug });
  const views: ListPageView[] = [{ param: undefined, total: events.length, overview }];
  groups.forEach((group, index) => {
    const period = { ...periods[index]!, ...(index > 0 ? { previous: periods[index - 1]! } : {}), ...(index + 1 < periods.length ? { next: periods[index + 1]! } : {}) };
    for (const page of paginateEvents(group.events, options)) {
      views.push({ param: page.number === 1 ? period.slug : `${period.slug}/${page.number}`, page, period });
    }
  });
  return views;
}
