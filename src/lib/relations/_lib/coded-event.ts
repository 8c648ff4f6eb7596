import { sampleEvent } from '../../export/_lib/sample-event.ts';
import type { Actor, Relation, TimelineEvent } from '../../events/model.ts';
import { PLOVER_QUAD } from '../../vocabulary.ts';
import type { PloverType } from '../../vocabulary.ts';

export const UK: Actor = { id: 'united-kingdom', name: 'United Kingdom', kind: 'country' };
export const CHINA: Actor = { id: 'china', name: 'China', kind: 'country' };

/** A coded event for the relation tests: `type` from `actor` to `recipient`, on `value`. */
export function codedEvent(
  id: string,
  value: string,
  type: PloverType | null,
  { actor = UK.id, recipient = CHINA.id, intensity = 1 }: Partial<Pick<Relation, 'actor' | 'recipient' | 'intensity'>> = {},
): TimelineEvent {
  const relation: Relation | null = type === null ? null : { type, quad: PLOVER_QUAD[type], intensity, actor, recipient };
  return sampleEvent({ id, date: { value, precision: 'day' }, actors: [UK, CHINA], relation });
}
