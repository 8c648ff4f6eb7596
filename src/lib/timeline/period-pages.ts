import type { TimelineEvent } from '../events/model.ts';
import { groupTimeline } from './group.ts';
import type { TimelineOrder } from './order.ts';
import { timelineOverview } from './overview.ts';
import type { OverviewYear, TimelineOverview } from './overview.ts';
import { paginateEvents } from './paginate.ts';
import type { EventsPage } from './paginate.ts';

/** A calendar period of a long list: a decade, a year, or "1990s" for the events dated only to a decade. */
export interface ListPeriod {
  label: string;
  /** Its part of the address: `1997`, `1990s`. */
  slug: string;
  /** How a sentence names it after "in": "1997", "the 1990s", "the 20th century". */
  name: string;
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
 * `size` events or fewer. Otherwise a first page with the count of every decade and year and the
 * `latest` newest events, then a page for each decade whose events fit on one, and for each year
 * of the other decades (with more pages when a year holds more than `size`).
 *
 * Pages cut at the calendar, not every `size` events, so that an event added or removed changes
 * the pages of its own decade or year (and the first page) only: with pages cut by count, one event
 * dated in 2001 moved every later event to another page, and an incremental build rendered every
 * page of every list it was in again (909 pages for one added sentence at 4,000 articles). Decades,
 * not years alone, because a list of a few hundred events over seventy years would otherwise make
 * seventy pages of a few events each (at 4,000 articles, 25,500 list pages instead of 13,000).
 *
 * @example
 * // Three events of the 1990s, more than a page holds: a page for each year. Two of the 2010s: one page.
 * const events = ['1997', '1998', '1998', '2015', '2017'].map((year, index) => sampleEvent({ id: `e${index}`, date: { value: year, precision: 'year' } }))
 * listPages(events, { order: 'oldest', size: 2, latest: 2 }).map((view) => view.param)
 * //=> [undefined, '1997', '1998', '2010s']
 * listPages(events, { order: 'oldest', size: 5, latest: 2 }).map((view) => view.param)
 * //=> [undefined]
 */
export function listPages(events: readonly TimelineEvent[], options: { order: TimelineOrder; size: number; latest: number }): ListPageView[] {
  if (events.length <= options.size) return [{ param: undefined, page: paginateEvents(events, options)[0]! }];
  const periods: Array<ListPeriod & { events: TimelineEvent[] }> = [];
  const places = new Map<string, Pick<OverviewYear, 'page' | 'anchor'>>();
  for (const decade of groupTimeline(events).decades) {
    const decadeEvents = decade.years.flatMap((year) => year.events);
    if (decadeEvents.length <= options.size) {
      periods.push({ label: decade.label, slug: periodSlug(decade.label), name: periodName(decade.label), events: decadeEvents });
      for (const year of decade.years) places.set(year.label, { page: periodSlug(decade.label), anchor: year.anchor });
    } else {
      for (const year of decade.years) {
        periods.push({ label: year.label, slug: periodSlug(year.label), name: periodName(year.label), events: year.events });
        places.set(year.label, { page: periodSlug(year.label) });
      }
    }
  }
  const overview = timelineOverview(events, { latest: options.latest, placeOf: (label) => places.get(label) ?? {} });
  const views: ListPageView[] = [{ param: undefined, total: events.length, overview }];
  const bare = ({ label, slug, name }: ListPeriod): ListPeriod => ({ label, slug, name });
  periods.forEach((period, index) => {
    const previous = periods[index - 1];
    const next = periods[index + 1];
    const place = { ...bare(period), ...(previous ? { previous: bare(previous) } : {}), ...(next ? { next: bare(next) } : {}) };
    for (const page of paginateEvents(period.events, options)) {
      views.push({ param: page.number === 1 ? period.slug : `${period.slug}/${page.number}`, page, period: place });
    }
  });
  return views;
}

/** How a sentence names a period after "in": "1997", "the 1990s". */
function periodName(label: string): string {
  return /^\d+$/u.test(label) ? label : `the ${label}`;
}
