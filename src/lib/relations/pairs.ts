import { compareEvents } from '../events/merge.ts';
import type { Actor, Relation, TimelineEvent } from '../events/model.ts';
import { compareText } from '../text/compare-text.ts';

/** A pair needs this many coded events between its two actors to get a page: fewer draw no trend. */
export const MIN_PAIR_EVENTS = 3;

/** What a relation page needs of an event: its coding, and what the timeline shows. */
export type CodedEvent = TimelineEvent & { relation: Relation | null };

/** One side of a pair: an actor id and the name the events give it. */
export interface PairActor {
  id: string;
  name: string;
}

/** Two countries or organisations and every coded event between them, oldest first. */
export interface RelationPair<Event extends CodedEvent = CodedEvent> {
  /** `a--b`, the two ids in code-unit order, so either direction gives the same page. */
  id: string;
  /** In the order of the id. */
  actors: readonly [PairActor, PairActor];
  events: Event[];
}

/**
 * The pair id of two actor ids, whichever acted on whom.
 *
 * @example
 * pairId('united-kingdom', 'china') //=> 'china--united-kingdom'
 * pairId('china', 'united-kingdom') //=> 'china--united-kingdom'
 */
export function pairId(a: string, b: string): string {
  return compareText(a, b) <= 0 ? `${a}--${b}` : `${b}--${a}`;
}

/** The name of an actor id as the events' own actors give it; the id when none names it. */
function actorNames(events: readonly CodedEvent[]): (id: string) => string {
  const names = new Map<string, string>();
  for (const actor of events.flatMap((event): Actor[] => event.actors)) if (!names.has(actor.id)) names.set(actor.id, actor.name);
  return (id) => names.get(id) ?? id;
}

/**
 * Every pair of actors with at least `MIN_PAIR_EVENTS` coded events between them, most events
 * first, then by id. An actor acting on itself makes no pair.
 *
 * @example
 * const uk = { id: 'united-kingdom', name: 'United Kingdom', kind: 'country' }
 * const relation = { type: 'CONSULT', quad: 'verbal-cooperation', intensity: 1, actor: 'united-kingdom', recipient: 'china' }
 * const events = ['a', 'b', 'c'].map((id) => ({ ...sampleEvent({ id, actors: [uk] }), relation }))
 * relationPairs(events).map((pair) => [pair.id, pair.actors[1].name, pair.events.length])
 * //=> [['china--united-kingdom', 'United Kingdom', 3]]
 */
export function relationPairs<Event extends CodedEvent>(events: readonly Event[]): RelationPair<Event>[] {
  const nameOf = actorNames(events);
  const byPair = new Map<string, RelationPair<Event>>();
  for (const event of [...events].sort(compareEvents)) {
    const relation = event.relation;
    if (relation === null || relation.actor === relation.recipient) continue;
    const id = pairId(relation.actor, relation.recipient);
    const pair = byPair.get(id);
    if (pair) {
      pair.events.push(event);
      continue;
    }
    const [a, b] = [relation.actor, relation.recipient].sort(compareText) as [string, string];
    byPair.set(id, { id, actors: [{ id: a, name: nameOf(a) }, { id: b, name: nameOf(b) }], events: [event] });
  }
  return [...byPair.values()]
    .filter((pair) => pair.events.length >= MIN_PAIR_EVENTS)
    .sort((a, b) => b.events.length - a.events.length || compareText(a.id, b.id));
}
