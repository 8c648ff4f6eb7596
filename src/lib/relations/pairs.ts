import { compareEvents } from '../events/merge.ts';
import type { Actor, TimelineEvent } from '../events/model.ts';
import { compareText } from '../text/compare-text.ts';

/** A pair needs this many coded events between its two actors to get a page: fewer draw no trend. */
export const MIN_PAIR_EVENTS = 3;

/** One side of a pair: an actor id and the name the events give it. */
export interface PairActor {
  id: string;
  name: string;
}

/** Two countries or organisations and every coded event between them, oldest first. */
export interface RelationPair {
  /** `a--b`, the two ids in code-unit order, so either direction gives the same page. */
  id: string;
  /** In the order of the id. */
  actors: readonly [PairActor, PairActor];
  /** "China and United Kingdom". */
  name: string;
  events: TimelineEvent[];
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
function actorNames(events: readonly TimelineEvent[]): (id: string) => string {
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
 * const events = ['a', 'b', 'c'].map((id) => sampleEvent({ id, actors: [uk] })) // coded as the UK consulting China
 * relationPairs(events).map((pair) => [pair.id, pair.name, pair.events.length])
 * //=> [['china--united-kingdom', 'china and United Kingdom', 3]]
 */
export function relationPairs(events: readonly TimelineEvent[]): RelationPair[] {
  const nameOf = actorNames(events);
  const byPair = new Map<string, RelationPair>();
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
    byPair.set(id, { id, actors: [{ id: a, name: nameOf(a) }, { id: b, name: nameOf(b) }], name: `${nameOf(a)} and ${nameOf(b)}`, events: [event] });
  }
  return [...byPair.values()]
    .filter((pair) => pair.events.length >= MIN_PAIR_EVENTS)
    .sort((a, b) => b.events.length - a.events.length || compareText(a.id, b.id));
}
