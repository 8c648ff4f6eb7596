import { compareEvents } from '../events/merge.ts';
import type { Actor, EventKind, EventType, TimelineEvent } from '../events/model.ts';
import { compareText } from '../text/compare-text.ts';
import { EVENT_KINDS, PLOVER_TYPES, QUAD_CLASSES } from '../vocabulary.ts';
import type { PloverType, QuadClass } from '../vocabulary.ts';

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
  /** The quad classes of the coded events, in PLOVER's order (cooperation first). */
  quads: Facet<QuadClass>[];
  /** The PLOVER types of the coded events, in the manual's order. */
  plovers: Facet<PloverType>[];
}

/**
 * A type, kind, quad class or PLOVER type as a reader sees it.
 *
 * @example
 * facetLabel('meeting') //=> 'Meeting'
 * facetLabel('verbal-cooperation') //=> 'Verbal cooperation'
 * facetLabel('CONSULT') //=> 'Consult'
 */
export function facetLabel(id: EventType | EventKind | QuadClass | PloverType): string {
  return `${id.charAt(0).toUpperCase()}${id.slice(1).toLowerCase().replaceAll('-', ' ')}`;
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

/** The values of a closed vocabulary that the events have, in the vocabulary's order. */
function inOrder<Id extends EventKind | QuadClass | PloverType>(
  events: readonly TimelineEvent[],
  keys: (event: TimelineEvent) => readonly Id[],
  order: readonly Id[],
): Facet<Id>[] {
  return [...eventsBy(events, keys)]
    .map(([id, grouped]) => ({ id, label: facetLabel(id), events: grouped }))
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

function byCountThenLabel(a: Facet, b: Facet): number {
  return b.events.length - a.events.length || compareText(a.label, b.label);
}

/**
 * The actors, types, kinds, quad classes and PLOVER types of a set of events, each with its
 * events: the filters of the timeline and the contents of the facet pages.
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
  return {
    actors,
    types,
    kinds: inOrder(sorted, (event) => [event.kind], EVENT_KINDS),
    quads: inOrder(sorted, (event) => (event.relation ? [event.relation.quad] : []), QUAD_CLASSES),
    plovers: inOrder(sorted, (event) => (event.relation ? [event.relation.type] : []), PLOVER_TYPES),
  };
}
