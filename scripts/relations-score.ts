/**
 * Scores Entente's PLOVER coding against hand-coded events (`tests/fixtures/relations/dev-coded.jsonl`):
 * over the coded events Entente finds, how often it gives the same quad class, type, actor and
 * recipient, and how often it agrees on which events are no interaction (`relation: null`).
 */
import type { Relation, TimelineEvent } from '../src/lib/events/model.ts';

/** One hand-coded event: where it is told, and its coding or `relation: null`. */
export type CodedEvent = {
  file: string;
  value: string;
  evidence: string;
  /** Words the event's title or sentence must have, when one sentence tells several events (from gold.jsonl). */
  must_mention?: string[];
} & ({ type: Relation['type']; quad: Relation['quad']; actor: string; recipient: string } | { relation: null });

export interface RelationScore {
  coded: number;
  found: number;
  /** Found events both codings call an interaction: the ones type, quad and sides are scored on. */
  interactions: number;
  quad: number;
  type: number;
  actor: number;
  recipient: number;
  /** Share of found events where both say "interaction" or both say `null`. */
  nullAgreement: number;
}

/** The article id Entente gives a file. */
const articleId = (file: string): string => file.replace(/\.md$/u, '').toLowerCase().replace(/[^a-z0-9]+/gu, '-');

const normal = (text: string): string => text.replace(/\s+/gu, ' ').replace(/[’‘]/gu, "'").trim();

/** The event that tells a coded event: same article, same date, a quote inside the evidence sentence (or around it). */
function findEvent(events: readonly TimelineEvent[], coded: CodedEvent, used: ReadonlySet<TimelineEvent>): TimelineEvent | undefined {
  const evidence = normal(coded.evidence);
  const candidates = events.filter((event) =>
    event.sources.some(
      (source) =>
        source.articleId === articleId(coded.file) &&
        (event.date.value === coded.value || source.dateValue.startsWith(coded.value)) &&
        (evidence.includes(normal(source.quote)) || normal(source.quote).includes(evidence)),
    ),
  );
  const mentions = (event: TimelineEvent) =>
    (coded.must_mention ?? []).every((word) => `${event.title} ${event.sources.map((source) => source.quote).join(' ')}`.toLowerCase().includes(word.toLowerCase()));
  return candidates.find((event) => !used.has(event) && mentions(event)) ?? candidates.find((event) => !used.has(event)) ?? candidates[0];
}

const share = (count: number, total: number): number => (total === 0 ? 0 : Math.round((count / total) * 1000) / 1000);

/**
 * The figures, and each disagreement (for `VERBOSE=1`).
 */
export function scoreRelations(events: readonly TimelineEvent[], codedEvents: readonly CodedEvent[]): { score: RelationScore; misses: string[] } {
  const used = new Set<TimelineEvent>();
  let found = 0;
  let interactions = 0;
  let agreeNull = 0;
  const right = { quad: 0, type: 0, actor: 0, recipient: 0 };
  const misses: string[] = [];
  for (const coded of codedEvents) {
    const event = findEvent(events, coded, used);
    if (event === undefined) continue;
    used.add(event);
    found += 1;
    const relation = event.relation;
    const expected = 'relation' in coded ? null : coded;
    if ((relation === null) === (expected === null)) agreeNull += 1;
    const said = relation === null ? 'null' : `${relation.type} ${relation.actor} → ${relation.recipient}`;
    const wanted = expected === null ? 'null' : `${expected.type} ${expected.actor} → ${expected.recipient}`;
    if (said !== wanted) misses.push(`  ${coded.file} ${coded.value}: coded ${wanted}, Entente ${said} — “${event.title}”`);
    if (expected === null) continue;
    // An interaction Entente calls null counts as wrong on every field.
    interactions += 1;
    if (relation === null) continue;
    if (relation.quad === expected.quad) right.quad += 1;
    if (relation.type === expected.type) right.type += 1;
    if (relation.actor === expected.actor) right.actor += 1;
    if (relation.recipient === expected.recipient) right.recipient += 1;
  }
  return {
    score: {
      coded: codedEvents.length,
      found,
      interactions,
      quad: share(right.quad, interactions),
      type: share(right.type, interactions),
      actor: share(right.actor, interactions),
      recipient: share(right.recipient, interactions),
      nullAgreement: share(agreeNull, found),
    },
    misses,
  };
}
