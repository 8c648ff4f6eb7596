import type { TimelineEvent } from '../events/model.ts';
import { groupTimeline } from './group.ts';
import type { YearGroup } from './group.ts';
import type { TimelineOrder } from './order.ts';
import { timelineOverview } from './overview.ts';
import type { OverviewYear, TimelineOverview } from './overview.ts';
import { pageParam, paginateEvents } from './paginate.ts';
import type { EventsPage } from './paginate.ts';

/** A calendar period of a long list: a decade, a year, or "1990s" for the events dated only to a decade. */
export interface ListPeriod {
  label: string;
  /** Its part of the address: `1997`, `1990s`. */
  slug: string;
  /** How a sentence names it after "in": "1997", "the 1990s", "the 20th century". */
  name: string;
}

/** A page of a list of events: a page of a shorter list, or one page of one period of a long one. */
export interface EventsListPage {
  /** The address after the list's own: none for the first page, `2` for the second of a shorter list, `1997` or `1997/2` for a period's. */
  param: string | undefined;
  page: EventsPage;
  /** The period the page lists, with the list's periods before and after it; none for a shorter list. */
  period?: ListPeriod & { previous?: ListPeriod; next?: ListPeriod };
}

/** Past how many pages of events a list is cut by decade and year (see `listPages`). */
export const PERIODS_ABOVE_PAGES = 5;

/** How many pages of events a decade of a list cut by period may fill; a fuller decade is cut by year. */
export const DECADE_PAGES = 2;

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
 * The pages of a list of events (an actor's, a type's, a relationship's), `size` events a page. A
 * list of up to PERIODS_ABOVE_PAGES pages is paged in order. A longer one has a first page with
 * the count of every decade and year and the `latest` newest events, then pages for each decade
 * whose events fill at most DECADE_PAGES pages, and for each year of the other decades.
 *
 * A long list is cut at the calendar so that an event added or removed changes the pages of its
 * own decade or year (and the first page) only: with pages cut every `size` events, one event dated
 * in 2001 moved every later event to another page, and an incremental build rendered every page of
 * every list it was in again (909 pages for one added sentence at 4,000 articles). A shorter list
 * has at most five pages to render again, and stays as few pages: cut by period, a list of a few
 * hundred events over seventy years made a page for each decade or year with a few events (at 4,000
 * articles, 13,000 list pages with every list of more than one page cut by decade and year, 25,500
 * by year alone, 7,500 as here, 6,100 paged in order).
 *
 * @example
 * const events = ['1997', '1998', '1998', '2015', '2017'].map((year, index) => sampleEvent({ id: `e${index}`, date: { value: year, precision: 'year' } }))
 * // Five pages of one event: paged in order.
 * listPages(events, { order: 'oldest', size: 1, latest: 2 }).map((view) => view.param)
 * //=> [undefined, '2', '3', '4', '5']
 * listPages(events, { order: 'oldest', size: 5, latest: 2 }).map((view) => view.param)
 * //=> [undefined]
 * // A longer list: by period. The 2010s fill two pages of one event; the 1990s, four, so each of their years has its own.
 * listPages([...events, sampleEvent({ id: 'e5', date: { value: '1999', precision: 'year' } })], { order: 'oldest', size: 1, latest: 2 }).map((view) => view.param)
 * //=> [undefined, '1997', '1998', '1998/2', '1999', '2010s', '2010s/2']
 */
export function listPages(events: readonly TimelineEvent[], options: { order: TimelineOrder; size: number; latest: number }): ListPageView[] {
  if (events.length <= PERIODS_ABOVE_PAGES * options.size) return paginateEvents(events, options).map((page) => ({ param: pageParam(page.number), page }));
  const periods: Array<ListPeriod & { events: TimelineEvent[]; years: YearGroup[] }> = [];
  for (const decade of groupTimeline(events).decades) {
    const decadeEvents = decade.years.flatMap((year) => year.events);
    if (decadeEvents.length <= DECADE_PAGES * options.size) {
      periods.push({ label: decade.label, slug: periodSlug(decade.label), name: periodName(decade.label), events: decadeEvents, years: decade.years });
    } else {
      for (const year of decade.years) periods.push({ label: year.label, slug: periodSlug(year.label), name: periodName(year.label), events: year.events, years: [year] });
    }
  }
  const listed: EventsListPage[] = [];
  /** Where the overview links each year: the first page that lists its events, at its heading when the page lists others too. */
  const places = new Map<string, Pick<OverviewYear, 'page' | 'anchor'>>();
  const bare = ({ label, slug, name }: ListPeriod): ListPeriod => ({ label, slug, name });
  periods.forEach((period, index) => {
    const previous = periods[index - 1];
    const next = periods[index + 1];
    const place = { ...bare(period), ...(previous ? { previous: bare(previous) } : {}), ...(next ? { next: bare(next) } : {}) };
    const yearOf = new Map(period.years.flatMap((year) => year.events.map((event) => [event, year] as const)));
    for (const page of paginateEvents(period.events, options)) {
      const param = page.number === 1 ? period.slug : `${period.slug}/${page.number}`;
      listed.push({ param, page, period: place });
      for (const event of page.items) {
        const year = yearOf.get(event);
        if (year !== undefined && !places.has(year.label)) places.set(year.label, period.years.length > 1 ? { page: param, anchor: year.anchor } : { page: param });
      }
    }
  });
  const overview = timelineOverview(events, { latest: options.latest, placeOf: (label) => places.get(label) ?? {} });
  return [{ param: undefined, total: events.length, overview }, ...listed];
}

/**
 * The title of a page of a list named `name`: its period and its number after the first, so that
 * each page has a title of its own for search results and the browser's history.
 *
 * @example
 * const page = { number: 2, count: 2, total: 3, items: [] }
 * listPageTitle('China', { param: '1997/2', page, period: { label: '1997', slug: '1997', name: '1997' } }) //=> 'China, 1997, page 2'
 * listPageTitle('China', { param: undefined, page: { ...page, number: 1 } }) //=> 'China'
 */
export function listPageTitle(name: string, view: ListPageView): string {
  const page = 'page' in view ? view.page : undefined;
  return [name, 'period' in view ? view.period?.label : undefined, page && page.number > 1 ? `page ${page.number}` : undefined].filter(Boolean).join(', ');
}

/** How a sentence names a period after "in": "1997", "the 1990s". */
function periodName(label: string): string {
  return /^\d+$/u.test(label) ? label : `the ${label}`;
}
