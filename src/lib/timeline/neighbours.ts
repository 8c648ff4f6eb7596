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
 * eventNeighbours(events).get('2015-david-cameron-hails-a-golden-age-in-relations')?.previous?.date.value
 * //=> '1997'
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
