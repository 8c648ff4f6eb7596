import { compareEvents } from '../events/merge.ts';
import type { TimelineEvent } from '../events/model.ts';

/** The format version of `events.json`; it changes only when a field changes meaning. */
export const EVENTS_JSON_VERSION = 1;

export interface EventsDocument {
  version: typeof EVENTS_JSON_VERSION;
  events: TimelineEvent[];
}

/**
 * The `events.json` export: every event, in chronological order.
 *
 * @example
 * const handover = sampleEvent({ id: '1997-handover', date: { value: '1997', precision: 'year' } })
 * eventsDocument([sampleEvent(), handover]).events.map((event) => event.date) //=> [{ value: '1997', precision: 'year' }, { value: '2024-10-18', precision: 'day' }]
 */
export function eventsDocument(events: readonly TimelineEvent[]): EventsDocument {
  return { version: EVENTS_JSON_VERSION, events: [...events].sort(compareEvents) };
}
