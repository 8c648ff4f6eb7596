import { compareEvents } from '../events/merge.ts';
import type { Actor, EventKind, EventType, TimelineEvent } from '../events/model.ts';
import { compareText } from '../text/compare-text.ts';
import { EVENT_KINDS } from '../vocabulary.ts';

/** One value of a facet (an actor, a type, a kind) and every event that has it, oldest first. */
export interface Facet<Id extends string = string> {
  id: Id;
  label: string;
  events: TimelineEvent[];
}

export interface ActorFacet extends Facet {
  actor: Actor;
}

export interface TimelineFacets {
  /** Most active first, then by name. */
  actors: ActorFacet[];
  /** Most frequent first, then by label. */
  types: Facet<EventType>[];
  /** Reported news before background history. */
  kinds: Facet<EventKind>[];
}

/**
 * A type or kind as a reader sees it.
 *
 * @example
 * facetLabel('meeting') //=> 'Meeting'
 */
export function facetLabel(id: EventType | EventKind): string {
  return `${id.charAt(0).toUpperCase()}${id.slice(1)}`;
}

/** Events by each key they have, keeping the events' order. */
function eventsBy<Id extends string>(events: readonly TimelineEvent[], keys: (event: TimelineEvent) => readonly Id[]): Map<Id, TimelineEvent[]> {
  const groups = new Map<Id, TimelineEvent[]>();
  for (const event of events) {
    for (const key of keys(event)) {
      const group = groups.get(key);
      if (group) group.push(event);
      else groups.set(key, [event]);
    }
  }
  return groups;
}

function byCountThenLabel(a: Facet, b: Facet): number {
  return b.events.length - a.events.length || compareText(a.label, b.label);
}

/**
 * The actors, types and kinds of a set of events, each with its events: the filters of the
 * timeline and the contents of the actor, type and kind pages.
 *
 * @example
 * const china = { id: 'china', name: 'China', kind: 'country' }
 * const lammy = { id: 'david-lammy', name: 'David Lammy', kind: 'person' }
 * timelineFacets([sampleEvent({ actors: [china, lammy] }), sampleEvent({ id: 'b', actors: [china] })]).actors.map((facet) => [facet.label, facet.events.length])
 * //=> [['China', 2], ['David Lammy', 1]]
 */
export function timelineFacets(events: readonly TimelineEvent[]): TimelineFacets {
  const sorted = [...events].sort(compareEvents);
  const actorsById = new Map(sorted.flatMap((event) => event.actors.map((actor) => [actor.id, actor] as const)));
  const actors = [...eventsBy(sorted, (event) => event.actors.map((actor) => actor.id))]
    .map(([id, grouped]): ActorFacet => {
      // Every id was read from an actor of these same events.
      const actor = actorsById.get(id)!;
      return { id, label: actor.name, actor, events: grouped };
    })
    .sort(byCountThenLabel);
  const types = [...eventsBy(sorted, (event) => [event.type])]
    .map(([id, grouped]) => ({ id, label: facetLabel(id), events: grouped }))
    .sort(byCountThenLabel);
  const kinds = [...eventsBy(sorted, (event) => [event.kind])]
    .map(([id, grouped]) => ({ id, label: facetLabel(id), events: grouped }))
    .sort((a, b) => EVENT_KINDS.indexOf(a.id) - EVENT_KINDS.indexOf(b.id));
  return { actors, types, kinds };
}
