import { dayInterval } from '../dates/interval.ts';
import { precisionRank } from '../dates/precision.ts';
import { compareText } from '../text/compare-text.ts';
import type { ArticleAnalysis } from './analyse.ts';
import { eventId } from './event-id.ts';
import { eventSpan } from './event-date.ts';
import { contentWords } from './keywords.ts';
import { MERGED_DATE_RULE, MERGED_RELATION_RULE, isAgent, mergePair, mergeRuleFor } from './merge-rules.ts';
import type { MergeGroup } from './merge-rules.ts';
import type { Actor, CandidateEvent, EventKind, TimelineEvent } from './model.ts';
import { mergedEdit } from './overrides.ts';

/** A telling that joined an event another telling had started, and the merge rule that joined it. */
export interface MergeDecision {
  eventId: string;
  articleId: string;
  /** Its index in the article's `candidates`. */
  candidateIndex: number;
  /** Where the telling's sentence starts in the article's file. */
  line: number;
  column: number;
  /** The id of the rule in `MERGE_RULES` that joined it. */
  rule: string;
}

/** All articles' events, merged, with a map from each article's candidates to the merged event ids. */
export interface MergedEvents {
  events: TimelineEvent[];
  /** `eventIdsByArticle.get(articleId)[candidateIndex]` is the id of the event that candidate joined. */
  eventIdsByArticle: Map<string, string[]>;
  /** Every telling that joined an existing event, in the order merging took them. */
  merges: MergeDecision[];
}

/** A candidate with what merging asks of it more than once, computed once. */
interface Entry {
  candidate: CandidateEvent;
  articleIndex: number;
  candidateIndex: number;
  words: Set<string>;
  interval: { start: string; end: string } | undefined;
}

interface Group extends MergeGroup {
  /** Creation order, so the first group that fits is the same on every run. */
  order: number;
  candidates: CandidateEvent[];
  words: Set<string>;
  actorIds: Set<string>;
  agentIds: Set<string>;
}

function mergeGroup(group: Group): Omit<TimelineEvent, 'id'> {
  const [first, ...rest] = group.candidates as [CandidateEvent, ...CandidateEvent[]];
  // A meeting told as "X told Y" in one sentence and "X met Y" in the next is titled by its most specific telling.
  const lead = group.candidates.find((candidate) => candidate.type !== 'statement' && candidate.type !== 'other') ?? first;
  const actors = new Map<string, Actor>();
  for (const candidate of group.candidates) for (const actor of candidate.actors) if (!actors.has(actor.id)) actors.set(actor.id, actor);
  const kind: EventKind = group.candidates.some((candidate) => candidate.kind === 'reported') ? 'reported' : 'background';
  const dayValues = [...new Set(group.candidates.filter((c) => c.date.precision === 'day').map((c) => c.date.value))];
  return {
    date: MERGED_DATE_RULE.date([first.date, ...rest.map((candidate) => candidate.date)]),
    title: lead.title,
    summary: lead.summary,
    actors: [...actors.values()],
    type: lead.type,
    kind,
    sources: [first, ...rest].flatMap((candidate) => candidate.sources),
    ...(dayValues.length > 1 ? { datesDisagree: dayValues.sort() } : {}),
    ...mergedEdit(group.candidates),
    relation: MERGED_RELATION_RULE.relation(lead, group.candidates),
  };
}

/**
 * Merge every article's candidate events into one event per happening, each with all its sources
 * and the most precise date they agree on, with stable ids.
 *
 * @example
 * const context = createAnalysisContext({ actors: [], knownEvents: [] })
 * const analyse = (id, text) => analyseArticle(parseArticle(new TextEncoder().encode(`---\ntitle: ${id}\ndate: 2024-10-18\n---\n${text}`), `${id}.md`).article, context)
 * const analyses = [analyse('a', 'Britain handed Hong Kong back to China in 1997.'), analyse('b', 'In 1997 Britain returned Hong Kong to China.')]
 * mergeEvents(analyses).events.map((event) => [event.date.value, event.title, event.sources.length])
 * //=> [['1997', 'Britain hands Hong Kong back to China', 2]]
 */
export function mergeEvents(analyses: readonly ArticleAnalysis[]): MergedEvents {
  // A fixed order, whatever order the articles were read in: finest dates first (they found the
  // groups coarser mentions join), then by date, article and place in the article.
  const entries: Entry[] = analyses.flatMap((analysis, articleIndex) =>
    analysis.candidates.map((candidate, candidateIndex) => ({
      candidate,
      articleIndex,
      candidateIndex,
      words: contentWords(candidate.title),
      interval: dayInterval(candidate.date.value),
    })),
  );
  entries.sort(
    (a, b) =>
      precisionRank(a.candidate.date.precision) - precisionRank(b.candidate.date.precision) ||
      compareText(a.candidate.date.value, b.candidate.date.value) ||
      compareText(analyses[a.articleIndex]?.articleId ?? '', analyses[b.articleIndex]?.articleId ?? '') ||
      a.candidateIndex - b.candidateIndex,
  );

  const groups: Group[] = [];
  // Groups indexed by the years they cover (and by known event), so a candidate is compared only
  // with groups it could join: near-linear in the number of articles.
  const byYear = new Map<number, Group[]>();
  const byKnownEvent = new Map<string, Group>();
  const membership = new Map<Entry, Group>();
  const joins: Array<{ entry: Entry; group: Group; rule: string }> = [];
  for (const entry of entries) {
    const { candidate } = entry;
    // A known event has one group wherever its tellings are dated; any other telling is compared
    // with the nearby groups in the order they were made, so the first that fits is the same on every run.
    const pool =
      candidate.knownEventId === undefined
        ? [...new Set(yearsAround(entry.interval).flatMap((year) => byYear.get(year) ?? []))].sort((a, b) => a.order - b.order)
        : [byKnownEvent.get(candidate.knownEventId) ?? []].flat();
    const join = firstJoin(pool, entry);
    let group: Group;
    if (join) {
      joins.push({ entry, ...join });
      group = join.group;
      group.candidates.push(candidate);
      for (const word of entry.words) group.words.add(word);
    } else {
      group = {
        order: groups.length,
        candidates: [candidate],
        words: new Set(entry.words),
        date: candidate.date,
        actorIds: new Set(),
        agentIds: new Set(),
        ...(candidate.knownEventId === undefined ? {} : { knownEventId: candidate.knownEventId }),
      };
      groups.push(group);
      if (candidate.knownEventId !== undefined) byKnownEvent.set(candidate.knownEventId, group);
      for (const year of yearsOf(entry.interval)) {
        const bucket = byYear.get(year);
        if (bucket) bucket.push(group);
        else byYear.set(year, [group]);
      }
    }
    for (const actor of candidate.actors) {
      group.actorIds.add(actor.id);
      if (isAgent(actor)) group.agentIds.add(actor.id);
    }
    membership.set(entry, group);
  }

  // Sources in a fixed order too: by article, then place in the article.
  for (const group of groups) {
    group.candidates.sort(
      (a, b) =>
        compareText(a.sources[0]?.articleId ?? '', b.sources[0]?.articleId ?? '') ||
        (a.sources[0]?.line ?? 0) - (b.sources[0]?.line ?? 0) ||
        (a.sources[0]?.column ?? 0) - (b.sources[0]?.column ?? 0),
    );
  }
  const merged = groups.map((group) => ({ group, event: mergeGroup(group) }));
  merged.sort((a, b) => compareEvents(a.event, b.event));
  const usedIds = new Set<string>();
  const idOf = new Map<Group, string>();
  const events = merged.map(({ group, event }) => {
    const id = eventId(event.date.value, event.title, usedIds);
    idOf.set(group, id);
    return { id, ...event };
  });
  const eventIdsByArticle = new Map(analyses.map((analysis) => [analysis.articleId, [] as string[]]));
  for (const [entry, group] of membership) {
    const ids = eventIdsByArticle.get(analyses[entry.articleIndex]?.articleId ?? '');
    if (ids) ids[entry.candidateIndex] = idOf.get(group) ?? '';
  }
  const merges = joins.map(({ entry, group, rule }): MergeDecision => {
    const [source] = entry.candidate.sources;
    return {
      eventId: idOf.get(group) ?? '',
      articleId: analyses[entry.articleIndex]?.articleId ?? '',
      candidateIndex: entry.candidateIndex,
      line: source?.line ?? 0,
      column: source?.column ?? 0,
      rule,
    };
  });
  return { events, eventIdsByArticle, merges };
}

/** The first group the merge rules join the entry's telling to, and the rule that joined it. */
function firstJoin(pool: readonly Group[], entry: Entry): { group: Group; rule: string } | undefined {
  for (const group of pool) {
    const decision = mergeRuleFor(mergePair(group, entry.candidate, entry.words));
    if (decision?.verdict === 'same') return { group, rule: decision.rule.id };
  }
  return undefined;
}

/** The years a date covers; decades and centuries are indexed by every year in them. */
function yearsOf(interval: Entry['interval']): number[] {
  if (interval === undefined) return [0];
  const first = Number(interval.start.slice(0, 4));
  const last = Number(interval.end.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** The years a group that a date could join may cover: its own, and a year either side for sources a few days apart. */
function yearsAround(interval: Entry['interval']): number[] {
  const years = yearsOf(interval);
  return [years[0]! - 1, ...years, years.at(-1)! + 1];
}

/**
 * Chronological order: by the first day covered, then the longer span first ("2024" before
 * "2024-10-18", a range before a day it starts on), then by title so the order never depends on
 * the order articles were read in.
 */
export function compareEvents(a: Pick<TimelineEvent, 'date' | 'title'>, b: Pick<TimelineEvent, 'date' | 'title'>): number {
  const first = eventSpan(a.date);
  const second = eventSpan(b.date);
  const byStart = compareText(first?.start ?? '', second?.start ?? '');
  const bySpan = compareText(second?.end ?? '', first?.end ?? '');
  return byStart || bySpan || compareText(a.title, b.title);
}
