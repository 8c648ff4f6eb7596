import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { dayInterval, valuesNest } from '../dates/interval.ts';
import { precisionRank } from '../dates/precision.ts';
import { compareText } from '../text/compare-text.ts';
import type { ArticleAnalysis } from './analyse.ts';
import { eventId } from './event-id.ts';
import { eventSpan } from './event-date.ts';
import { contentWords, wordOverlap } from './keywords.ts';
import type { Actor, CandidateEvent, EventDate, EventKind, TimelineEvent } from './model.ts';

/** All articles' events, merged, with a map from each article's candidates to the merged event ids. */
export interface MergedEvents {
  events: TimelineEvent[];
  /** `eventIdsByArticle.get(articleId)[candidateIndex]` is the id of the event that candidate joined. */
  eventIdsByArticle: Map<string, string[]>;
}

/** A candidate with what merging asks of it more than once, computed once. */
interface Entry {
  candidate: CandidateEvent;
  articleIndex: number;
  candidateIndex: number;
  words: Set<string>;
  interval: { start: string; end: string } | undefined;
}

interface Group {
  /** Creation order, so the first group that fits is the same on every run. */
  order: number;
  candidates: CandidateEvent[];
  /** Content words of every member's title. */
  words: Set<string>;
  date: EventDate;
  actorIds: Set<string>;
  /** People and organisations, who tell one happening from another on the same day. */
  agentIds: Set<string>;
  knownEventId?: string;
}

function isAgent(actor: Actor): boolean {
  return actor.kind === 'person' || actor.kind === 'organisation';
}

function sharedActors(group: Group, candidate: CandidateEvent): Actor[] {
  return candidate.actors.filter((actor) => group.actorIds.has(actor.id));
}

/** A headline whose subject is the happening itself ("The meeting lasts four hours"), told before. */
const HAPPENING_SUBJECT =
  /^(?:the|this|that|their|his|her)\s+(?:\p{L}+\s+)?(?:meeting|talks|summit|visit|trip|call|deal|agreement|treaty|accord|law|legislation|sanctions|protests?|ceremony|handover)\b/iu;

/** A sentence that names nobody and whose subject is the happening goes on about one told before. */
function goesOnAbout(candidate: CandidateEvent): boolean {
  return !candidate.actors.some(isAgent) && HAPPENING_SUBJECT.test(candidate.title);
}

function isInferred(candidate: CandidateEvent): boolean {
  return candidate.sources.every((source) => source.dateText === '');
}

/** Days between two day-precision dates, or Infinity when either is coarser. */
function daysApart(a: EventDate, b: EventDate): number {
  if (a.precision !== 'day' || b.precision !== 'day') return Number.POSITIVE_INFINITY;
  // Days a week apart lie in the same or neighbouring months: most pairs are ruled out unparsed.
  const month = (value: string) => Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7));
  if (Math.abs(month(a.value) - month(b.value)) > 1) return Number.POSITIVE_INFINITY;
  return Math.abs(differenceInCalendarDays(parseISO(a.value), parseISO(b.value)));
}

/** The share of the shorter headline's content words that two headlines of one happening share. */
const SAME_WORDS_RATIO = 0.5;

/** Sources a week apart on the same happening disagree on its day rather than tell two happenings. */
const DISAGREEMENT_MAX_DAYS = 7;

/**
 * People or organisations that tell two happenings apart: in a meeting, everyone present (Lammy
 * meeting Wang and Lammy meeting Ding on one day are two meetings); otherwise whoever acts first.
 */
function agentsConflict(group: Group, candidate: CandidateEvent): boolean {
  const agents = candidate.actors.filter(isAgent);
  if (group.candidates.some((member) => member.type === 'meeting') || candidate.type === 'meeting') {
    const candidateOnly = agents.some((actor) => !group.agentIds.has(actor.id));
    const groupOnly = [...group.agentIds].some((id) => !agents.some((actor) => actor.id === id));
    return candidateOnly && groupOnly;
  }
  const groupFirst = group.candidates[0]?.actors.find(isAgent);
  return agents[0] !== undefined && groupFirst !== undefined && agents[0].id !== groupFirst.id;
}

/**
 * Same happening:
 * - the same known event (`content/events`), whatever else differs;
 * - within one article: the same date value (a writer dates one happening consistently), and two
 *   actors in common with a person among them, or one in common and the same kind of happening,
 *   or the same kind of happening going on about it without naming anyone ("The meeting lasted
 *   four hours"), or headlines that share most of
 *   their words;
 * - across articles: the same date and two actors in common with a person among them or the same
 *   kind of happening, or headlines that share most of their words; a date that covers the other
 *   ("1997" and "1 July 1997") for the same kind of happening told in the same words or by the
 *   same people; or days at most a week
 *   apart, the same kind of happening and two actors in common (the sources disagree on the day).
 * Never when the people or organisations involved tell them apart (`agentsConflict`). A date the
 * text does not state (an undated happening placed in the news week) merges only across articles,
 * in the same week, with headlines that share most of their words. Countries
 * alone are too common to decide: two different UK–China events can share a day.
 */
function sameHappening(group: Group, candidate: CandidateEvent, candidateWords: ReadonlySet<string>): boolean {
  if (candidate.knownEventId !== undefined || group.knownEventId !== undefined) {
    return candidate.knownEventId === group.knownEventId;
  }
  if (agentsConflict(group, candidate)) return false;
  const shared = sharedActors(group, candidate);
  const sharedPerson = shared.some((actor) => actor.kind === 'person');
  const sameType = group.candidates.some((member) => member.type === candidate.type);
  const overlap = wordOverlap(group.words, candidateWords);
  // Two headlines sharing most of their words name one happening whoever the parser found in them.
  const sameWords = overlap.shared >= 2 && overlap.ratio >= SAME_WORDS_RATIO;
  const articleId = candidate.sources[0]?.articleId;
  const sameArticle = group.candidates.filter((member) => member.sources[0]?.articleId === articleId);
  // A date the text does not state (the news week of an undated happening) is too weak to tie two
  // tellings on its own: only headlines that share most of their words can.
  if (isInferred(candidate) || group.candidates.some(isInferred)) {
    return sameArticle.length === 0 && candidate.date.value === group.date.value && sameWords;
  }
  if (sameArticle.length > 0) {
    if (sameArticle.some((member) => member.date.value !== candidate.date.value)) return false;
    return (shared.length >= 2 && sharedPerson) || (shared.length >= 1 && sameType) || (sameType && goesOnAbout(candidate)) || sameWords;
  }
  if (valuesNest(group.date.value, candidate.date.value)) {
    // "Cameron said in 2024 …" must not join "Cameron meets Li Qiang on 5 March 2024": a coarser
    // date joins a finer one only for the same kind of happening, told in the same words or by
    // the same people.
    if (group.date.precision !== candidate.date.precision) return sameType && (sameWords || (shared.length >= 2 && sharedPerson));
    return (shared.length >= 2 && (sharedPerson || sameType)) || sameWords;
  }
  return daysApart(group.date, candidate.date) <= DISAGREEMENT_MAX_DAYS && sameType && shared.length >= 2;
}

/** The value given most often, the earliest on a tie; `undefined` when none is given. */
function mostGiven(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || compareText(a, b))[0]?.[0];
}

/**
 * The date of a merged event: the finest precision its sources give; among those, the value most
 * sources give, then the earliest; and, when sources at that value say how long it lasted, the end
 * most of them give, then the earliest. A rule, not the first source read, so renaming a file never
 * moves an event.
 */
function groupDate(candidates: readonly CandidateEvent[]): EventDate {
  const finest = Math.min(...candidates.map((candidate) => precisionRank(candidate.date.precision)));
  const dates = candidates.map((candidate) => candidate.date).filter((date) => precisionRank(date.precision) === finest);
  const value = mostGiven(dates.map((date) => date.value));
  const atValue = dates.filter((date) => date.value === value);
  const end = mostGiven(atValue.flatMap((date) => date.end ?? []));
  // candidates is never empty: a group starts with one.
  return atValue.find((date) => date.end === end)!;
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
    date: groupDate(group.candidates),
    title: lead.title,
    summary: lead.summary,
    actors: [...actors.values()],
    type: lead.type,
    kind,
    sources: [first, ...rest].flatMap((candidate) => candidate.sources),
    ...(dayValues.length > 1 ? { datesDisagree: dayValues.sort() } : {}),
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
  for (const entry of entries) {
    const { candidate } = entry;
    const years = yearsAround(entry.interval);
    // Nearby groups in the order they were made, so the first that fits is the same on every run.
    const nearby = [...new Set(years.flatMap((year) => byYear.get(year) ?? []))].sort((a, b) => a.order - b.order);
    let group =
      candidate.knownEventId === undefined
        ? nearby.find((existing) => sameHappening(existing, candidate, entry.words))
        : byKnownEvent.get(candidate.knownEventId);
    if (group) {
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
  return { events, eventIdsByArticle };
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
