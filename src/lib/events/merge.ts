import { createHash } from 'node:crypto';
import { z } from 'zod';
import { dayInterval } from '../dates/interval.ts';
import { precisionRank } from '../dates/precision.ts';
import { compareText } from '../text/compare-text.ts';
import type { ArticleAnalysis } from './analyse.ts';
import { eventIdBase, uniqueId } from './event-id.ts';
import { eventSpan } from './event-date.ts';
import { contentWords } from './keywords.ts';
import { GroupIndex, KeyNumbers, filedUnder, joinKeys, searchedUnder } from './merge-index.ts';
import type { IndexedGroup, Period, Windows } from './merge-index.ts';
import { MERGED_DATE_RULE, MERGED_RELATION_RULE, MERGE_RULES, isAgent, mayJoin, mergePair, mergeRuleFor } from './merge-rules.ts';
import type { JoinFacts, MergeGroup } from './merge-rules.ts';
import type { Actor, CandidateEvent, EventDate, EventKind, EventType, TimelineEvent } from './model.ts';
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

const SNAPSHOT_VERSION = 1;

const placeNumbers = z.array(z.number().int());

/**
 * What a merge leaves for a merger in another process to go on from (see `EventMerger.snapshot`):
 * plain data, kept as JSON in the cache beside the articles' readings, so that a build after an
 * edit weighs only the tellings the edit reaches, as a dev server does. At 4,000 articles merging
 * all 55,000 tellings took 9–10 s of a 55 s rebuild. A cache checks what it reads back against
 * this shape (merge-snapshots.ts).
 */
export const MERGE_SNAPSHOT = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  /** Each article merged: its id and a digest of its tellings (see `tellingsDigest`). */
  articles: z.array(z.tuple([z.string(), z.string()])),
  /** The tellings in the merge's order, two numbers each: the article's place in `articles`, the telling's index in its candidates. */
  order: placeNumbers,
  /** Each event's tellings as their places in `order`, in the order taken; the events in their order. */
  groups: z.array(placeNumbers),
  /** For each place in `order`, the rule in `rules` that joined its telling to its event; -1 for the telling that started it. */
  joinedBy: placeNumbers,
  rules: z.array(z.string()),
});

export type MergeSnapshot = z.infer<typeof MERGE_SNAPSHOT>;

/** The digests of tellings already digested, by identity: a snapshot after a merge that resumed from one does not digest them again. */
const TELLINGS_DIGESTS = new WeakMap<readonly CandidateEvent[], string>();

/** A digest of an article's tellings: a snapshot's placing of them holds only for tellings with the same one. */
function tellingsDigest(candidates: readonly CandidateEvent[]): string {
  let digest = TELLINGS_DIGESTS.get(candidates);
  if (digest === undefined) {
    digest = createHash('sha256').update(JSON.stringify(candidates)).digest('base64');
    TELLINGS_DIGESTS.set(candidates, digest);
  }
  return digest;
}

/** A telling, with what merging asks of it more than once, computed once, and where merging put it. */
interface Entry {
  candidate: CandidateEvent;
  /** The article whose analysis told it, and its index in the analysis' `candidates`. */
  articleId: string;
  candidateIndex: number;
  words: Set<string>;
  actorIds: string[];
  interval: { start: string; end: string } | undefined;
  /** Where to look for the groups it may join. */
  windows: Windows;
  /** The keys it shares with any group it may join (see `joinKeys`); none for a known event's telling, which joins by the event's id. */
  keys: number[];
  /** Its place in the order of the last merge. */
  position: number;
  /** Whether the merge under way is the first to take it. */
  fresh: boolean;
  /** The group it joined or started. */
  group: Group | undefined;
  /** The merge rule that joined it to a group another telling started; undefined for the group's first telling. */
  rule: string | undefined;
}

/** An event being gathered: its tellings, and what the merge rules and the index read of them. */
class Group implements MergeGroup, JoinFacts, IndexedGroup {
  /** Its tellings in the order merging took them; `candidates` is theirs. */
  readonly entries: Entry[] = [];
  readonly candidates: CandidateEvent[] = [];
  readonly words = new Set<string>();
  readonly actorIds = new Set<string>();
  readonly agentIds = new Set<string>();
  readonly types = new Set<EventType>();
  readonly articleIds = new Set<string>();
  readonly date: EventDate;
  readonly knownEventId?: string;
  readonly period: Period;
  readonly keys: number[] = [];
  foundBy = -1;
  /** Replaced or dissolved by a later merge. */
  retired = false;
  /** Its event once made (by `mergeGroup`, at the end of the merge that made it), with what ordering and naming read of it. */
  merged: { event: TimelineEvent; span: Span; idBase: string } | undefined;

  /** The telling that started it. */
  readonly first: Entry;
  /** The number of the merge that made it. */
  readonly made: number;

  constructor(first: Entry, made: number) {
    this.first = first;
    this.made = made;
    this.date = first.candidate.date;
    if (first.candidate.knownEventId !== undefined) this.knownEventId = first.candidate.knownEventId;
    this.period = filedUnder(first.interval);
  }

  order(): number {
    return this.first.position;
  }

  /**
   * The group as it stood when merging came to `entry`: only the tellings taken before it. Merging
   * asks in order, so the state is kept and brought forward, each telling taken once a merge.
   */
  before(entry: Entry, merge: number): Group {
    if (this.entries.at(-1)!.position < entry.position) return this;
    if (this.#state === undefined || this.#state.made !== merge) this.#state = new Group(this.first, merge);
    const state = this.#state;
    for (let next = state.entries.length; next < this.entries.length && this.entries[next]!.position < entry.position; next++) state.take(this.entries[next]!);
    return state;
  }

  /** What `before` last gave, in the merge it numbers. */
  #state: Group | undefined;

  /**
   * Take `entry` in; with `numbers`, the group's join keys with what it adds: every word and actor
   * it brings pairs with all the group has, and every actor may pair with itself.
   */
  take(entry: Entry, numbers?: KeyNumbers): number[] {
    const { candidate } = entry;
    this.entries.push(entry);
    this.candidates.push(candidate);
    const newWords = numbers === undefined ? [] : [...entry.words].filter((word) => !this.words.has(word));
    const newActors = numbers === undefined ? [] : entry.actorIds.filter((id) => !this.actorIds.has(id));
    for (const word of entry.words) this.words.add(word);
    this.types.add(candidate.type);
    this.articleIds.add(articleOf(candidate));
    for (const actor of candidate.actors) {
      this.actorIds.add(actor.id);
      if (isAgent(actor)) this.agentIds.add(actor.id);
    }
    if (numbers === undefined) return [];
    const allActors = [...this.actorIds, ...this.actorIds];
    return joinKeys(numbers, articleOf(candidate), { added: newWords, all: this.words }, { added: newActors, all: allActors });
  }
}

function mergeGroup(group: Group): NonNullable<Group['merged']> {
  // Sources in a fixed order: by article, then place in the article.
  const candidates = [...group.candidates].sort(
    (a, b) =>
      compareText(a.sources[0]?.articleId ?? '', b.sources[0]?.articleId ?? '') ||
      (a.sources[0]?.line ?? 0) - (b.sources[0]?.line ?? 0) ||
      (a.sources[0]?.column ?? 0) - (b.sources[0]?.column ?? 0),
  );
  const [first, ...rest] = candidates as [CandidateEvent, ...CandidateEvent[]];
  // A meeting told as "X told Y" in one sentence and "X met Y" in the next is titled by its most specific telling.
  const lead = candidates.find((candidate) => candidate.type !== 'statement' && candidate.type !== 'other') ?? first;
  const actors = new Map<string, Actor>();
  for (const candidate of candidates) for (const actor of candidate.actors) if (!actors.has(actor.id)) actors.set(actor.id, actor);
  const kind: EventKind = candidates.some((candidate) => candidate.kind === 'reported') ? 'reported' : 'background';
  const dayValues = [...new Set(candidates.filter((c) => c.date.precision === 'day').map((c) => c.date.value))];
  const event = {
    // Given by `#result`, once the events are in order.
    id: '',
    date: MERGED_DATE_RULE.date([first.date, ...rest.map((candidate) => candidate.date)]),
    title: lead.title,
    summary: lead.summary,
    actors: [...actors.values()],
    type: lead.type,
    kind,
    sources: candidates.flatMap((candidate) => candidate.sources),
    ...(dayValues.length > 1 ? { datesDisagree: dayValues.sort() } : {}),
    ...mergedEdit(candidates),
    relation: MERGED_RELATION_RULE.relation(lead, candidates),
  };
  return { event, span: eventSpan(event.date) ?? NO_SPAN, idBase: eventIdBase(event.date.value, event.title) };
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
  return new EventMerger().merge(analyses);
}

export interface EventMergerOptions {
  /** The share of tellings, changed since the last merge, above which all are merged afresh. */
  freshAbove?: number;
}

/**
 * Merges articles' events as `mergeEvents` does, and merges them again after some articles change
 * by placing anew only the tellings a change can reach, for a dev server that merges after each save.
 *
 * Merging takes tellings in a fixed order, each joining the first group (in the order groups were
 * started) that a merge rule joins it to. A group is "unchanged" when it has the same tellings as
 * last time at every point; the others are dissolved and made again. A telling goes where it went
 * last time, unweighed, unless it is new, its group is dissolved, or a group made this time may
 * take it (shares a join key, is filed under a period that key's window meets: see `Windows`;
 * passes `mayJoin`) and was started before its group: a dissolved group took nothing it could
 * take, and the unchanged ones weigh it as before. A telling that goes elsewhere dissolves the
 * group it leaves and the one it joins; each is made again of its tellings so far, and the rest of
 * its tellings are placed again.
 * The result is the one `mergeEvents` gives: `merge.test.ts` checks this on random edits.
 *
 * @example
 * const context = createAnalysisContext({ actors: [], knownEvents: [] })
 * const analyse = (id, text) => analyseArticle(parseArticle(new TextEncoder().encode(`---\ntitle: ${id}\ndate: 2024-10-18\n---\n${text}`), `${id}.md`).article, context)
 * const merger = new EventMerger()
 * merger.merge([analyse('a', 'Britain handed Hong Kong back to China in 1997.')]).events.length //=> 1
 * merger.merge([analyse('a', 'Britain handed Hong Kong back to China in 1997.'), analyse('b', 'In 1997 Britain returned Hong Kong to China.')]).events[0].sources.length //=> 2
 */
export class EventMerger {
  #numbers = new KeyNumbers();
  #index = new GroupIndex<Group>();
  /** The last merge's tellings in its order, its groups in the order of their events, and each article's tellings. */
  #entries: Entry[] = [];
  #groups: Group[] = [];
  #articles = new Map<string, { candidates: readonly CandidateEvent[]; entries: Entry[] }>();
  /** Merges made, numbering the groups each starts. */
  #merges = 0;
  /** How many tellings the last merge weighed against the groups they may join; the rest went where they went before. */
  weighed = 0;
  readonly #freshAbove: number;

  constructor({ freshAbove = 0.2 }: EventMergerOptions = {}) {
    this.#freshAbove = freshAbove;
  }

  merge(analyses: readonly ArticleAnalysis[]): MergedEvents {
    this.#merges += 1;
    const ids = new Set(analyses.map((analysis) => analysis.articleId));
    try {
      const merged = this.#merge(analyses, ids);
      // Two analyses under one id cannot be told apart next time: the next merge is made afresh.
      if (ids.size < analyses.length) this.#forget();
      return merged;
    } catch (error) {
      // Tellings placed halfway must not be taken for the last merge's.
      this.#forget();
      throw error;
    }
  }

  /** Forget the last merge, its index too: the next is made afresh. */
  #forget(): void {
    this.#numbers = new KeyNumbers();
    this.#index = new GroupIndex();
    this.#entries = [];
    this.#groups = [];
    this.#articles = new Map();
  }

  #merge(analyses: readonly ArticleAnalysis[], ids: ReadonlySet<string>): MergedEvents {
    const changed = analyses.filter((analysis) => !sameTellings(this.#articles.get(analysis.articleId)?.candidates, analysis.candidates));
    const gone = [...this.#articles].filter(([id]) => !ids.has(id));
    let changedTellings = 0;
    for (const analysis of changed) changedTellings += analysis.candidates.length + (this.#articles.get(analysis.articleId)?.entries.length ?? 0);
    for (const [, { entries }] of gone) changedTellings += entries.length;
    const afresh = this.#entries.length === 0 || ids.size < analyses.length || changedTellings > this.#freshAbove * this.#entries.length;

    const dropped = afresh ? [] : [...changed.flatMap((analysis) => this.#articles.get(analysis.articleId)?.entries ?? []), ...gone.flatMap(([, { entries }]) => entries)];
    if (afresh) this.#forget();
    const fresh: Entry[] = [];
    const articles = new Map<string, { candidates: readonly CandidateEvent[]; entries: Entry[] }>();
    const changedIds = new Set(changed.map((analysis) => analysis.articleId));
    for (const analysis of analyses) {
      const last = this.#articles.get(analysis.articleId);
      if (last !== undefined && !changedIds.has(analysis.articleId)) {
        articles.set(analysis.articleId, { candidates: analysis.candidates, entries: last.entries });
        continue;
      }
      const entries = analysis.candidates.map((candidate, index) => this.#entry(candidate, analysis.articleId, index));
      fresh.push(...entries);
      articles.set(analysis.articleId, { candidates: analysis.candidates, entries });
    }
    // A fixed order, whatever order the articles were read in: finest dates first (they found the
    // groups coarser mentions join), then by date, article and place in the article.
    const droppedSet = new Set(dropped);
    const entries = withSorted(
      this.#entries.filter((entry) => !droppedSet.has(entry)),
      fresh,
      compareEntries,
    );
    entries.forEach((entry, position) => (entry.position = position));

    const made = this.#place(entries, afresh, dropped);
    // All, not only this merge's new ones: a resumed merger's tellings of dissolved events are fresh too.
    for (const entry of entries) entry.fresh = false;
    if (!afresh) for (const group of made) this.#index.addAll(group);
    for (const group of made) group.merged = mergeGroup(group);
    this.#groups = withSorted(afresh ? [] : this.#groups.filter((group) => !group.retired), made, compareGroups);
    this.#entries = entries;
    this.#articles = articles;
    return this.#result(analyses);
  }

  /** What the last merge left, for `resume` in another process; empty after a merge that must be made afresh next time. */
  snapshot(): MergeSnapshot {
    const places = new Map<string, number>();
    const articles: MergeSnapshot['articles'] = [];
    for (const [articleId, { candidates }] of this.#articles) {
      places.set(articleId, articles.length);
      articles.push([articleId, tellingsDigest(candidates)]);
    }
    const rules = new Map<string, number>();
    const order: number[] = [];
    const joinedBy: number[] = [];
    for (const entry of this.#entries) {
      order.push(places.get(entry.articleId)!, entry.candidateIndex);
      if (entry.rule !== undefined && !rules.has(entry.rule)) rules.set(entry.rule, rules.size);
      joinedBy.push(entry.rule === undefined ? -1 : rules.get(entry.rule)!);
    }
    const groups = this.#groups.map((group) => group.entries.map((entry) => entry.position));
    return { version: SNAPSHOT_VERSION, articles, order, groups, joinedBy, rules: [...rules.keys()] };
  }

  /**
   * Go on from a merge another merger made (its `snapshot`), before this one merges anything: its
   * events whose tellings all come from articles of `analyses` with the same tellings are taken as
   * they were, unweighed; the tellings of its other events are placed afresh by the next `merge`,
   * with the tellings of changed and new articles. The result is the one merging afresh gives
   * (`merge.test.ts` checks this on random edits). A snapshot that does not fit (another version,
   * tellings or events out of order, a telling placed twice or not at all, an unknown rule) is
   * ignored, as is one that leaves more to place than `freshAbove` allows; the cache also keeps a
   * digest of each snapshot, so a file damaged in other ways is not read (merge-snapshots.ts).
   */
  resume(snapshot: MergeSnapshot, analyses: readonly ArticleAnalysis[]): void {
    if (this.#merges > 0 || snapshot.version !== SNAPSHOT_VERSION || snapshot.joinedBy.length * 2 !== snapshot.order.length) return;
    // Nothing of an earlier resume is kept: it is all made again from this snapshot.
    this.#forget();
    const ruleIds = new Set(MERGE_RULES.map((rule) => rule.id));
    if (!snapshot.rules.every((rule) => ruleIds.has(rule))) return;
    const current = new Map(analyses.map((analysis) => [analysis.articleId, analysis]));
    if (current.size < analyses.length) return;
    const same = snapshot.articles.map(([articleId, digest]) => {
      const analysis = current.get(articleId);
      return analysis !== undefined && tellingsDigest(analysis.candidates) === digest ? analysis : undefined;
    });
    const entries: Array<Entry | undefined> = [];
    const byArticle = new Map<string, Entry[]>();
    for (let at = 0; at + 1 < snapshot.order.length; at += 2) {
      const analysis = same[snapshot.order[at]!];
      const index = snapshot.order[at + 1]!;
      const candidate = analysis?.candidates[index];
      if (analysis === undefined || candidate === undefined) {
        entries.push(undefined);
        continue;
      }
      const entry = this.#entry(candidate, analysis.articleId, index);
      entry.position = entries.length;
      entries.push(entry);
      const told = byArticle.get(analysis.articleId) ?? [];
      if (told[index] !== undefined) return this.#forget();
      told[index] = entry;
      byArticle.set(analysis.articleId, told);
    }
    // Every telling of an article taken as it was must be placed once.
    for (const analysis of same) {
      if (analysis === undefined) continue;
      const told = byArticle.get(analysis.articleId) ?? [];
      if (told.length !== analysis.candidates.length || told.includes(undefined as never)) return this.#forget();
      byArticle.set(analysis.articleId, told);
    }
    const groups: Group[] = [];
    let unplaced = 0;
    const grouped = new Set<Entry>();
    for (const places of snapshot.groups) {
      const members = places.map((place) => entries[place]);
      const whole = members.length > 0 && members.every((member, at) => member !== undefined && (at === 0 || member.position > members[at - 1]!.position));
      for (const member of members) {
        if (member === undefined) continue;
        if (grouped.has(member)) return this.#forget();
        grouped.add(member);
      }
      if (!whole) {
        unplaced += members.filter((member) => member !== undefined).length;
        continue;
      }
      const group = new Group(members[0]!, this.#merges);
      for (const member of members as Entry[]) {
        this.#index.add(group, group.take(member, this.#numbers));
        member.group = group;
        // The first telling started the group; each other one was joined by a rule.
        const rule = snapshot.joinedBy[member.position]!;
        if ((member === group.first) !== (rule === -1) || (rule !== -1 && snapshot.rules[rule] === undefined)) return this.#forget();
        if (rule !== -1) member.rule = snapshot.rules[rule];
        member.fresh = false;
      }
      group.merged = mergeGroup(group);
      // The events in their order, as the merge keeps them.
      if (groups.length > 0 && compareGroups(groups.at(-1)!, group) >= 0) return this.#forget();
      groups.push(group);
    }
    const placed = entries.filter((entry): entry is Entry => entry !== undefined);
    // The tellings in the merge's order, as the merge keeps them.
    if (placed.some((entry, at) => !grouped.has(entry) || (at > 0 && compareEntries(placed[at - 1]!, entry) >= 0)) || unplaced > this.#freshAbove * placed.length) return this.#forget();
    this.#entries = placed;
    this.#groups = groups;
    this.#articles = new Map([...byArticle].map(([articleId, told]) => [articleId, { candidates: current.get(articleId)!.candidates, entries: told }]));
  }

  #entry(candidate: CandidateEvent, articleId: string, candidateIndex: number): Entry {
    const words = contentWords(candidate.title);
    const actorIds = candidate.actors.map((actor) => actor.id);
    const interval = dayInterval(candidate.date.value);
    return {
      candidate,
      articleId,
      candidateIndex,
      words,
      actorIds,
      interval,
      windows: searchedUnder(interval),
      keys: candidate.knownEventId === undefined ? joinKeys(this.#numbers, articleOf(candidate), { added: words, all: words }, { added: actorIds, all: actorIds }) : [],
      position: 0,
      fresh: true,
      group: undefined,
      rule: undefined,
    };
  }

  /**
   * Place each telling, in order, in the first group a rule joins it to, or in a group of its own;
   * the groups started. Afresh, every telling is weighed; otherwise only those a change can reach.
   */
  #place(entries: readonly Entry[], afresh: boolean, dropped: readonly Entry[]): Group[] {
    const merge = this.#merges;
    const made: Group[] = [];
    this.weighed = 0;
    // Afresh, the groups made are the index; otherwise they are looked up beside the last merge's.
    const madeIndex = afresh ? this.#index : new GroupIndex<Group>();
    /**
     * The groups made so far that may take `entry` before the group it went to last time (`last`,
     * unchanged; its own when it started it): only they may take it now. The last merge's groups
     * since dissolved took nothing it could take (or it would be in one), the unchanged ones
     * started before `last` turned it down as they stand now, and `last` takes it again.
     */
    const reaching = (entry: Entry, last: Group): Group[] =>
      madeIndex.candidatesFor(entry.windows, entry.keys, (group) => group.order() < last.order() && mayJoin(group, entry.candidate));
    const knownGroups = new Map<string, Group>();
    const add = (group: Group, entry: Entry): void => {
      madeIndex.add(group, group.take(entry, this.#numbers));
      entry.group = group;
    };
    const start = (entry: Entry): Group => {
      const group = new Group(entry, merge);
      made.push(group);
      if (group.knownEventId !== undefined) knownGroups.set(group.knownEventId, group);
      add(group, entry);
      return group;
    };
    const retire = (group: Group): void => {
      group.retired = true;
      this.#index.remove(group);
    };
    /** `group` made again of its tellings before `entry` (none when `entry` started it): the rest are placed again. */
    const remake = (group: Group, entry: Entry): Group | undefined => {
      retire(group);
      if (group.first === entry) return undefined;
      const again = start(group.first);
      for (const member of group.entries.slice(1)) {
        if (member.position >= entry.position) break;
        add(again, member);
      }
      return again;
    };

    // The groups of removed tellings, and of known events with a new telling, are made again from the start.
    const gone = new Set(dropped);
    for (const entry of dropped) if (entry.group !== undefined && !entry.group.retired) retire(entry.group);
    const newlyKnown = new Set<string>();
    for (const entry of entries) if (entry.fresh && entry.candidate.knownEventId !== undefined) newlyKnown.add(entry.candidate.knownEventId);
    if (newlyKnown.size > 0) for (const group of this.#groups) if (group.knownEventId !== undefined && newlyKnown.has(group.knownEventId) && !group.retired) retire(group);

    for (const entry of entries) {
      const known = entry.candidate.knownEventId;
      const last = entry.group;
      const kept = !afresh && !entry.fresh && last !== undefined && !last.retired;
      if (kept && known !== undefined) {
        if (!knownGroups.has(known)) knownGroups.set(known, last);
        continue;
      }
      // A known event has one group wherever its tellings are dated; any other telling is compared
      // with the nearby groups it could join in the order they were made, so the first that fits is
      // the same on every run.
      const pool = kept
        ? reaching(entry, last)
        : known === undefined
          ? this.#pool(entry, madeIndex, afresh, last === undefined || gone.has(last.first) ? -1 : last.order())
          : [knownGroups.get(known) ?? []].flat();
      // Nothing it could meet has changed: it goes where it went.
      if (kept && pool.length === 0) continue;
      this.weighed += 1;
      const join = firstJoin(pool, entry, merge);
      if (kept && join === undefined) continue;
      // Its place changes: the group it leaves and the group it joins change from here on.
      if (kept) remake(last, entry);
      const group = join === undefined || join.group.made === merge ? join?.group : remake(join.group, entry);
      entry.rule = join?.rule;
      if (group === undefined) start(entry);
      else add(group, entry);
    }
    return made;
  }

  /**
   * The groups `entry` may join, in the order they were started: those made by this merge, and the
   * last merge's unchanged ones started before it and after `after`, the place of the group it was
   * in (-1 for none): the unchanged ones before that turned it down then as they stand now.
   */
  #pool(entry: Entry, madeIndex: GroupIndex<Group>, afresh: boolean, after: number): Group[] {
    const { candidate } = entry;
    const made = madeIndex.candidatesFor(entry.windows, entry.keys, (group) => mayJoin(group, candidate));
    if (afresh) return made;
    // A group's facts now hold all its tellings, a superset of those before the entry: firstJoin weighs it as it was.
    const kept = this.#index.candidatesFor(entry.windows, entry.keys, (group) => group.order() > after && group.order() < entry.position && mayJoin(group, candidate));
    return kept.length === 0 ? made : [...made, ...kept].sort((a, b) => a.order() - b.order());
  }

  #result(analyses: readonly ArticleAnalysis[]): MergedEvents {
    const usedIds = new Set<string>();
    const events = this.#groups.map((group): TimelineEvent => {
      const merged = group.merged!;
      const id = uniqueId(merged.idBase, usedIds);
      // The same object as last time while its id holds: a dev server's merge is mostly events unchanged.
      if (merged.event.id !== id) merged.event = { ...merged.event, id };
      return merged.event;
    });
    const eventIdsByArticle = new Map(analyses.map((analysis) => [analysis.articleId, [] as string[]]));
    for (const entry of this.#entries) {
      const ids = eventIdsByArticle.get(entry.articleId);
      if (ids) ids[entry.candidateIndex] = entry.group?.merged?.event.id ?? '';
    }
    const merges: MergeDecision[] = [];
    for (const { rule, group, articleId, candidateIndex, candidate } of this.#entries) {
      const [source] = candidate.sources;
      if (rule !== undefined) merges.push({ eventId: group?.merged?.event.id ?? '', articleId, candidateIndex, line: source?.line ?? 0, column: source?.column ?? 0, rule });
    }
    return { events, eventIdsByArticle, merges };
  }
}

/** Whether an article tells the same events as last time: the same objects when its reading was kept, or equal ones when its corrections were applied again. */
function sameTellings(last: readonly CandidateEvent[] | undefined, next: readonly CandidateEvent[]): boolean {
  if (last === next) return true;
  if (last === undefined || last.length !== next.length) return false;
  return last.every((candidate, index) => candidate === next[index] || JSON.stringify(candidate) === JSON.stringify(next[index]));
}

function compareEntries(a: Entry, b: Entry): number {
  return (
    precisionRank(a.candidate.date.precision) - precisionRank(b.candidate.date.precision) ||
    compareText(a.candidate.date.value, b.candidate.date.value) ||
    compareText(a.articleId, b.articleId) ||
    a.candidateIndex - b.candidateIndex
  );
}

/**
 * `sorted` with `added` in their places by `compare` (which tells any two apart): a few are put in
 * where they go, more are sorted in with the rest.
 */
function withSorted<Item>(sorted: Item[], added: Item[], compare: (a: Item, b: Item) => number): Item[] {
  if (added.length > sorted.length / 64) return [...sorted, ...added].sort(compare);
  for (const item of added) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(sorted[middle]!, item) < 0) low = middle + 1;
      else high = middle;
    }
    sorted.splice(low, 0, item);
  }
  return sorted;
}

/**
 * Events in the order of `compareEvents` (chronological, then by title), their spans read once;
 * on a tie, in the order their groups were started, so the order never depends on the order
 * articles were read in.
 */
function compareGroups(a: Group, b: Group): number {
  return compareSpans(a.merged!.span, a.merged!.event.title, b.merged!.span, b.merged!.event.title) || a.order() - b.order();
}

/** The article a telling comes from, as the merge rules tell articles apart (its first source). */
function articleOf(candidate: CandidateEvent): string {
  return candidate.sources[0]?.articleId ?? '';
}

/** The first group the merge rules join the entry's telling to, weighed as it stood when merging came to the entry, and the rule that joined it. */
function firstJoin(pool: readonly Group[], entry: Entry, merge: number): { group: Group; rule: string } | undefined {
  for (const group of pool) {
    const state = group.before(entry, merge);
    if (state !== group && !mayJoin(state, entry.candidate)) continue;
    const decision = mergeRuleFor(mergePair(state, entry.candidate, entry.words));
    if (decision?.verdict === 'same') return { group, rule: decision.rule.id };
  }
  return undefined;
}

/**
 * Chronological order: by the first day covered, then the longer span first ("2024" before
 * "2024-10-18", a range before a day it starts on), then by title so the order never depends on
 * the order articles were read in.
 */
export function compareEvents(a: Pick<TimelineEvent, 'date' | 'title'>, b: Pick<TimelineEvent, 'date' | 'title'>): number {
  return compareSpans(eventSpan(a.date) ?? NO_SPAN, a.title, eventSpan(b.date) ?? NO_SPAN, b.title);
}

/** `compareEvents` over spans already read; a value with no calendar place sorts first. */
function compareSpans(first: Span, firstTitle: string, second: Span, secondTitle: string): number {
  return compareText(first.start, second.start) || compareText(second.end, first.end) || compareText(firstTitle, secondTitle);
}

type Span = { start: string; end: string };
const NO_SPAN: Span = { start: '', end: '' };
