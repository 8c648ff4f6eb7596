import { compareEvents } from '../events/merge.ts';
import type { TimelineEvent } from '../events/model.ts';
import { groupTimeline } from './group.ts';
import { eventYear } from './year-pages.ts';

/**
 * Above this many events the home page shows an overview instead of every event: at about 1.2 KB
 * of HTML an event, 200 keep the full timeline near its 150 KB budget.
 */
export const FULL_TIMELINE_MAX_EVENTS = 200;

/** How many of the newest events the overview and the feed show. */
export const LATEST_EVENTS = 50;

export interface OverviewYear {
  /** "1997", or "1990s" for the events dated only to a decade. */
  label: string;
  /** The year whose page lists these events; none for a decade or a century. */
  page?: string;
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

/**
 * The home page of a large site: every decade and year with its count, and the newest events.
 *
 * @example
 * const events = ['1997', '1998', '2015'].map((year) => sampleEvent({ id: year, date: { value: year, precision: 'year' } }))
 * const overview = timelineOverview(events, { latest: 1 })
 * overview.decades.map((decade) => [decade.label, decade.count]) //=> [['1990s', 2], ['2010s', 1]]
 * overview.latest.map((event) => event.id) //=> ['2015']
 */
export function timelineOverview(events: readonly TimelineEvent[], options: { latest: number }): TimelineOverview {
  const decades = groupTimeline(events).decades.map((decade) => {
    const years = decade.years.map((group): OverviewYear => {
      // Every event of a group has the same year page, or none.
      const page = group.events[0] && eventYear(group.events[0]);
      return { label: group.label, ...(page === undefined ? {} : { page }), count: group.events.length };
    });
    return { label: decade.label, count: years.reduce((sum, year) => sum + year.count, 0), years };
  });
  const latest = [...events].sort(compareEvents).slice(-options.latest).reverse();
  return { decades, latest };
}
