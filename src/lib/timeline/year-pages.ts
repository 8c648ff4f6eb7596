import type { TimelineEvent } from '../events/model.ts';
import { groupTimeline } from './group.ts';

/** A year group's label that names one calendar year (not "1990s"). */
const YEAR = /^\d{4}$/u;

/** The events of one calendar year, with the years before and after that have a page. */
export interface YearPage {
  year: string;
  events: TimelineEvent[];
  previous?: string;
  next?: string;
}

/**
 * One page per calendar year that has events, oldest first. Decade- and century-precision events
 * belong to no single year, so they have no year page; the timeline and the actor pages show them.
 *
 * @example
 * const events = ['1997', '2015', '2020'].map((year) => sampleEvent({ id: year, date: { value: year, precision: 'year' } }))
 * yearPages(events).map((page) => [page.year, page.previous, page.next])
 * //=> [['1997', undefined, '2015'], ['2015', '1997', '2020'], ['2020', '2015', undefined]]
 */
export function yearPages(events: readonly TimelineEvent[]): YearPage[] {
  const groups = groupTimeline(events)
    .decades.flatMap((decade) => decade.years)
    .filter((group) => YEAR.test(group.label));
  return groups.map((group, index) => ({
    year: group.label,
    events: group.events,
    ...(index > 0 ? { previous: groups[index - 1]!.label } : {}),
    ...(index < groups.length - 1 ? { next: groups[index + 1]!.label } : {}),
  }));
}

/**
 * The year page an event is on, or `undefined` for a decade- or century-precision event.
 *
 * @example
 * eventYear(sampleEvent({ date: { value: '1997-07-01', precision: 'day' } })) //=> '1997'
 * eventYear(sampleEvent({ date: { value: '199X', precision: 'decade' } })) //=> undefined
 */
export function eventYear(event: TimelineEvent): string | undefined {
  const label = groupTimeline([event]).decades[0]?.years[0]?.label;
  return label !== undefined && YEAR.test(label) ? label : undefined;
}
