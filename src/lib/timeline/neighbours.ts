import { compareEvents } from '../events/merge.ts';
import type { TimelineEvent } from '../events/model.ts';

/** The events just before and just after one event in chronological order. */
export interface EventNeighbours {
  previous?: TimelineEvent;
  next?: TimelineEvent;
}

/**
 * Every event's chronological neighbours, by event id, computed in one pass for all event pages.
 *
 * @example
 * const events = ['1997', '2015', '2020'].map((year) => sampleEvent({ id: year, date: { value: year, precision: 'year' } }))
 * eventNeighbours(events).get('2015')?.previous?.date.value //=> '1997'
 */
export function eventNeighbours(events: readonly TimelineEvent[]): Map<string, EventNeighbours> {
  const sorted = [...events].sort(compareEvents);
  return new Map(
    sorted.map((event, index) => {
      const previous = sorted[index - 1];
      const next = sorted[index + 1];
      return [event.id, { ...(previous ? { previous } : {}), ...(next ? { next } : {}) }];
    }),
  );
}
