import { dayInterval } from '../dates/interval.ts';
import { precisionRank } from '../dates/precision.ts';
import { compareText } from '../text/compare-text.ts';
import type { ArticleAnalysis } from './analyse.ts';
import { eventId } from './event-id.ts';
import { eventSpan } from './event-date.ts';
import { contentWords } from './keywords.ts';
import { DISAGREEMENT_MAX_DAYS, MERGED_DATE_RULE, MERGED_RELATION_RULE, isAgent, mayJoin, mergePair, mergeRuleFor } from './merge-rules.ts';
import type { JoinFacts, MergeGroup } from './merge-rules.ts';
import type { Actor, CandidateEvent, EventKind, EventType, TimelineEvent } from './model.ts';
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

interface Group extends MergeGroup, JoinFacts {
  /** Creation order, so the first group that fits is the same on every run. */
  order: number;
  candidates: CandidateEvent[];
  words: Set<string>;
  actorIds: Set<string>;
  agentIds: Set<string>;
  types: Set<EventType>;
  articleIds: Set<string>;
  /** The last search that found it (see `GroupIndex.candidatesFor`). */
  foundBy: number;
  /** Where the index files the group: the shortest calendar period that holds its first date (see `filedUnder`). */
  period: Period;
  /** Its keys in the index (see `joinKeys`). */
  keys: Set<number>;
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
  const index = new GroupIndex();
  const numbers = new KeyNumbers();
  const byKnownEvent = new Map<string, Group>();
  const membership = new Map<Entry, Group>();
  const joins: Array<{ entry: Entry; group: Group; rule: string }> = [];
  for (const entry of entries) {
    const { candidate } = entry;
    const actorIds = candidate.actors.map((actor) => actor.id);
    // A known event has one group wherever its tellings are dated; any other telling is compared
    // with the nearby groups it could join in the order they were made, so the first that fits is
    // the same on every run.
    const pool =
      candidate.knownEventId === undefined
        ? index.candidatesFor(searchedUnder(entry.interval), joinKeys(numbers, articleOf(candidate), { added: entry.words, all: entry.words }, { added: actorIds, all: actorIds }), candidate)
        : [byKnownEvent.get(candidate.knownEventId) ?? []].flat();
    const join = firstJoin(pool, entry);
    let group: Group;
    if (join) {
      joins.push({ entry, ...join });
      group = join.group;
      group.candidates.push(candidate);
    } else {
      group = {
        order: groups.length,
        candidates: [candidate],
        words: new Set(),
        date: candidate.date,
        actorIds: new Set(),
        agentIds: new Set(),
        types: new Set(),
        articleIds: new Set(),
        foundBy: -1,
        period: filedUnder(entry.interval),
        keys: new Set(),
        ...(candidate.knownEventId === undefined ? {} : { knownEventId: candidate.knownEventId }),
      };
      groups.push(group);
      if (candidate.knownEventId !== undefined) byKnownEvent.set(candidate.knownEventId, group);
    }
    // The group's keys grow with what this telling adds; every actor it has may pair with itself.
    const newWords = [...entry.words].filter((word) => !group.words.has(word));
    const newActors = actorIds.filter((id) => !group.actorIds.has(id));
    for (const word of newWords) group.words.add(word);
    group.types.add(candidate.type);
    group.articleIds.add(articleOf(candidate));
    for (const actor of candidate.actors) {
      group.actorIds.add(actor.id);
      if (isAgent(actor)) group.agentIds.add(actor.id);
    }
    const allActors = [...group.actorIds, ...group.actorIds];
    index.add(group, joinKeys(numbers, articleOf(candidate), { added: newWords, all: group.words }, { added: newActors, all: allActors }));
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

/** The article a telling comes from, as the merge rules tell articles apart (its first source). */
function articleOf(candidate: CandidateEvent): string {
  return candidate.sources[0]?.articleId ?? '';
}

/**
 * Numbers for the names in join keys (words, actor and article ids), so that a key is one number:
 * building a string of two names for every pair, and hashing it to look it up, was a third of merging.
 */
export class KeyNumbers {
  readonly #numbers = new Map<string, number>();

  /** The number of `name`, given the first time it is asked for. */
  of(name: string): number {
    let number = this.#numbers.get(name);
    if (number === undefined) {
      number = this.#numbers.size + 1;
      // A pair of numbers must fit in one number exactly (see `pairKey`): 16 million names.
      if (number >= NAME_LIMIT) throw new Error(`Merging met more than ${NAME_LIMIT - 1} distinct words and names`);
      this.#numbers.set(name, number);
    }
    return number;
  }
}

const NAME_LIMIT = 2 ** 24;
const ARTICLE_KEY = 0;
const WORDS_KEY = 1;
const ACTORS_KEY = 2;

/** One number for a kind of key and an unordered pair of names' numbers (below 2^50, so exact). */
function pairKey(kind: number, a: number, b: number): number {
  return ((a < b ? a * NAME_LIMIT + b : b * NAME_LIMIT + a) * 4) + kind;
}

/**
 * What a telling and a group must share for any merge rule to join them (see MERGE_RULES): a
 * telling from the same article, two content words of their headlines, or two actors. Each pair is
 * a key: of a word or actor `added` with any of `all`; an actor listed twice pairs with itself, as
 * the rules count it twice.
 *
 * @example
 * const numbers = new KeyNumbers()
 * const keys = joinKeys(numbers, 'a', { added: ['talk', 'trade'], all: ['talk', 'trade'] }, { added: ['china', 'france'], all: ['china', 'france'] })
 * keys.length //=> 3
 * // The same pair of words, from another article, in the other order:
 * joinKeys(numbers, 'b', { added: ['trade'], all: ['trade', 'talk'] }, { added: [], all: [] }).includes(keys[1]) //=> true
 * // The same names as actors are another key:
 * joinKeys(numbers, 'c', { added: [], all: [] }, { added: ['talk'], all: ['talk', 'trade'] }).includes(keys[1]) //=> false
 */
export function joinKeys(numbers: KeyNumbers, articleId: string, words: KeySource, actors: KeySource): number[] {
  const keys = new Set([pairKey(ARTICLE_KEY, numbers.of(articleId), 0)]);
  const pairs = (kind: number, { added, all }: KeySource, withItself: boolean): void => {
    const counts = new Map<number, number>();
    for (const item of all) {
      const number = numbers.of(item);
      counts.set(number, (counts.get(number) ?? 0) + 1);
    }
    for (const item of new Set(added)) {
      const number = numbers.of(item);
      for (const [other, count] of counts) if (other !== number || (withItself && count > 1)) keys.add(pairKey(kind, number, other));
    }
  };
  pairs(WORDS_KEY, words, false);
  pairs(ACTORS_KEY, actors, true);
  return [...keys];
}

/** Items new to a telling or group (`added`) and all it has with them, each as often as it counts. */
interface KeySource {
  added: Iterable<string>;
  all: Iterable<string>;
}

/**
 * Groups filed by each of their join keys and the calendar period that holds their date, so that a
 * telling is compared only with the groups that some rule could join it to: near-linear in the
 * number of articles, where comparing with every group of the year grew with its square. Each group
 * is filed once a key, under one period, so a search over a decade meets a year's group once, not
 * once a month. The first group that fits is the one comparing with all of them in creation order
 * would find.
 */
class GroupIndex {
  /** key → period name → groups: most of a telling's keys are nobody else's, and are skipped at once. */
  readonly #filed = new Map<number, Map<string, { period: Period; groups: Group[] }>>();

  /** How many searches have been made: a group found by this one is marked with it, so none is taken twice. */
  #searches = 0;

  /** File `group` under the keys it did not have yet. */
  add(group: Group, keys: readonly number[]): void {
    for (const key of keys) {
      if (group.keys.has(key)) continue;
      group.keys.add(key);
      let byPeriod = this.#filed.get(key);
      if (byPeriod === undefined) this.#filed.set(key, (byPeriod = new Map()));
      const filed = byPeriod.get(group.period.name);
      if (filed) filed.groups.push(group);
      else byPeriod.set(group.period.name, { period: group.period, groups: [group] });
    }
  }

  /**
   * The groups filed under a period that meets `window` that share one of `keys` and that
   * `candidate` may join (see `mayJoin`), in creation order.
   */
  candidatesFor(window: Window, keys: readonly number[], candidate: CandidateEvent): Group[] {
    const search = this.#searches++;
    const found: Group[] = [];
    const take = (groups: readonly Group[]): void => {
      for (const group of groups) {
        if (group.foundBy === search) continue;
        group.foundBy = search;
        if (mayJoin(group, candidate)) found.push(group);
      }
    };
    // Named once a key is found: most tellings' keys are nobody else's.
    let names: string[] | undefined;
    for (const key of keys) {
      const byPeriod = this.#filed.get(key);
      if (byPeriod === undefined) continue;
      names ??= window === undefined ? [NO_PERIOD.name] : periodsMeeting(window);
      // A long window names more periods than a key is filed under: then go through the key's.
      if (window !== undefined && byPeriod.size < names.length) {
        for (const { period, groups } of byPeriod.values()) if (period.first <= window.last && window.first <= period.last) take(groups);
      } else {
        for (const name of names) take(byPeriod.get(name)?.groups ?? []);
      }
    }
    return found.sort((a, b) => a.order - b.order);
  }
}

/** The first group the merge rules join the entry's telling to, and the rule that joined it. */
function firstJoin(pool: readonly Group[], entry: Entry): { group: Group; rule: string } | undefined {
  for (const group of pool) {
    const decision = mergeRuleFor(mergePair(group, entry.candidate, entry.words));
    if (decision?.verdict === 'same') return { group, rule: decision.rule.id };
  }
  return undefined;
}

/**
 * A calendar period, as a span of months (see `monthOf`): a month, a year, a decade, a century, or
 * all time; `NO_PERIOD` holds the values with no calendar place, and meets no window.
 */
export interface Period {
  name: string;
  first: number;
  last: number;
}

const NO_PERIOD: Period = { name: 'none', first: Number.NaN, last: Number.NaN };

/** The lengths in months of the periods groups are filed under, shortest first. */
const PERIOD_MONTHS = [1, 12, 120, 1200] as const;

/** A span of months searched for groups (see `searchedUnder`); `undefined` for a value with no calendar place. */
type Window = { first: number; last: number } | undefined;

/** The month of a day ('YYYY-MM-DD') as a count of months since year 0: 1997-07 is 1997 × 12 + 6. */
function monthOf(day: string): number {
  const [, year, month] = /^(-?\d+)-(\d\d)/u.exec(day) ?? [];
  return Number(year) * 12 + Number(month) - 1;
}

/**
 * The shortest period that holds every month from `first` to `last` (see `monthOf`).
 *
 * @example
 * periodHolding(1997 * 12 + 6, 1997 * 12 + 6).name //=> '1:23970'
 * // The winter of 1999, December to February, lies in no one century.
 * periodHolding(1999 * 12 + 11, 2000 * 12 + 1).name //=> 'all'
 */
export function periodHolding(first: number, last: number): Period {
  for (const months of PERIOD_MONTHS) {
    const at = Math.floor(first / months);
    if (at === Math.floor(last / months)) return { name: `${months}:${at}`, first: at * months, last: at * months + months - 1 };
  }
  return { name: 'all', first: Number.NEGATIVE_INFINITY, last: Number.POSITIVE_INFINITY };
}

/** Where a group is filed: the shortest period that holds its first date. */
function filedUnder(interval: Entry['interval']): Period {
  return interval === undefined ? NO_PERIOD : periodHolding(monthOf(interval.start), monthOf(interval.end));
}

/**
 * The names of every period that meets `window`, of every length.
 *
 * @example
 * periodsMeeting({ first: 1997 * 12 + 6, last: 1997 * 12 + 6 }) //=> ['all', '1:23970', '12:1997', '120:199', '1200:19']
 */
export function periodsMeeting(window: NonNullable<Window>): string[] {
  const names = ['all'];
  for (const months of PERIOD_MONTHS) {
    for (let at = Math.floor(window.first / months); at <= Math.floor(window.last / months); at++) names.push(`${months}:${at}`);
  }
  return names;
}

/**
 * Where to look for the groups a telling may join. Every member of a group is dated within, around
 * or at most DISAGREEMENT_MAX_DAYS from the group's first date (the merge rules join nothing else,
 * and a sentence joins its own article's tellings only at their date): so its date, widened by
 * that many days (a month either side when near a month's end), meets the period the group is filed under.
 */
function searchedUnder(interval: Entry['interval']): Window {
  if (interval === undefined) return undefined;
  const startsEarly = Number(interval.start.slice(-2)) <= DISAGREEMENT_MAX_DAYS;
  const endsLate = Number(interval.end.slice(-2)) > 28 - DISAGREEMENT_MAX_DAYS;
  return { first: monthOf(interval.start) - (startsEarly ? 1 : 0), last: monthOf(interval.end) + (endsLate ? 1 : 0) };
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
