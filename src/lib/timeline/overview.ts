import { compareEvents } from '../events/merge.ts';
import type { TimelineEvent } from '../events/model.ts';
import { groupTimeline } from './group.ts';
import { eventYear } from './year-pages.ts';

/**
 * Above this many events the home page shows an overview instead of every event. The full timeline
 * weighs about 21 KB plus 1.3 KB an event (measured on the seed and fixture sites), so 80 events
 * keep it near 125 KB, inside the home page's 150 KB budget with room for a longer filter bar.
 */
export const FULL_TIMELINE_MAX_EVENTS = 80;

/** How many of the newest events the overview and the feed show. */
export const LATEST_EVENTS = 50;

/**
 * How many of its newest events the first page of a long list (an actor's, a type's…) shows beside
 * its counts, fewer than the home page: the page is the list's index, and each of its events is on
 * the page of its decade or year as well.
 */
export const LIST_LATEST_EVENTS = 20;

export interface OverviewYear {
  /** "1997", or "1990s" for the events dated only to a decade. */
  label: string;
  /** The page that lists these events (a year's, unless the overview says otherwise); none for a decade or a century. */
  page?: string;
  /** Where on that page they are, when it lists more than them: the id of their heading. */
  anchor?: string;
  count: number;
}

export interface OverviewDecade {
  label: string;
  count: number;
  years: OverviewYear[];
}

export interface TimelineOverview {
  /** Oldest first. */
  decades: OverviewDecade[];
  /** The newest events, newest first. */
  latest: TimelineEvent[];
}

/** The year page of a group's events: every event of a group has the same one, or none. */
function yearPlace(first: TimelineEvent | undefined): Pick<OverviewYear, 'page'> {
  const page = first && eventYear(first);
  return page === undefined ? {} : { page };
}

/**
 * The home page of a large site: every decade and year with its count, and the newest events.
 *
 * @example
 * const events = ['1997', '1998', '2015'].map((year) => sampleEvent({ id: year, date: { value: year, precision: 'year' } }))
 * const overview = timelineOverview(events, { latest: 1 })
 * overview.decades.map((decade) => [decade.label, decade.count]) //=> [['1990s', 2], ['2010s', 1]]
 * overview.latest.map((event) => event.id) //=> ['2015']
 */
export function timelineOverview(
  events: readonly TimelineEvent[],
  options: {
    latest: number;
    /** Where a group's events are listed, by its label; by default the year page of a calendar year, none for a decade or a century. */
    placeOf?: (label: string) => Pick<OverviewYear, 'page' | 'anchor'>;
  },
): TimelineOverview {
  const decades = groupTimeline(events).decades.map((decade) => {
    const years = decade.years.map((group): OverviewYear => {
      return { label: group.label, ...(options.placeOf ? options.placeOf(group.label) : yearPlace(group.events[0])), count: group.events.length };
    });
    return { label: decade.label, count: years.reduce((sum, year) => sum + year.count, 0), years };
  });
  const latest = [...events].sort(compareEvents).slice(-options.latest).reverse();
  return { decades, latest };
}
