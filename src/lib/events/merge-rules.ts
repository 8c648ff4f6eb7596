/**
 * When two tellings are one event, and which date the event keeps: named rules, first decisive rule
 * wins, so `entente check --events` and /about/ can say which rule joined a sentence to an event.
 * Countries alone never decide: two different UK–China events can share a day.
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { valuesNest } from '../dates/interval.ts';
import { precisionRank } from '../dates/precision.ts';
import { compareText } from '../text/compare-text.ts';
import { wordOverlap } from './keywords.ts';
import type { Actor, CandidateEvent, EventDate, EventType, Relation } from './model.ts';

/** An event being gathered: the tellings joined so far and what merging reads of them. */
export interface MergeGroup {
  candidates: readonly CandidateEvent[];
  /** Content words of every member's title (see `contentWords`). */
  words: ReadonlySet<string>;
  /** The date of the telling that started the group. */
  date: EventDate;
  actorIds: ReadonlySet<string>;
  /** People and organisations, who tell one happening from another on the same day. */
  agentIds: ReadonlySet<string>;
  knownEventId?: string;
}

/** A telling beside a group, with what more than one rule asks of the two, computed once. */
export interface MergePair {
  group: MergeGroup;
  candidate: CandidateEvent;
  /** The candidate's actors the group has too. */
  shared: readonly Actor[];
  /** Whether a person is among `shared`. */
  sharedPerson: boolean;
  /** Whether a member tells the same kind of happening (meeting, visit, …). */
  sameType: boolean;
  /** Whether the headlines share most of their words. */
  sameWords: boolean;
  /** The group's tellings from the candidate's own article. */
  sameArticle: readonly CandidateEvent[];
}

export type MergeVerdict = 'same' | 'different';

export interface MergeRule {
  id: string;
  /** Why the rule decides as it does, for `entente check --events` and /about/. */
  reason: string;
  /** `same` or `different` when the rule decides, `undefined` to leave it to the next rule. */
  decides(pair: MergePair): MergeVerdict | undefined;
}

/** The share of the shorter headline's content words that two headlines of one happening share. */
const SAME_WORDS_RATIO = 0.5;

/** Sources a week apart on the same happening disagree on its day rather than tell two happenings. */
export const DISAGREEMENT_MAX_DAYS = 7;

/** A headline whose subject is the happening itself ("The meeting lasts four hours"), told before. */
const HAPPENING_SUBJECT =
  /^(?:the|this|that|their|his|her)\s+(?:\p{L}+\s+)?(?:meeting|talks|summit|visit|trip|call|deal|agreement|treaty|accord|law|legislation|sanctions|protests?|ceremony|handover)\b/iu;

export function isAgent(actor: Actor): boolean {
  return actor.kind === 'person' || actor.kind === 'organisation';
}

function personIds(candidate: CandidateEvent): Set<string> {
  return new Set(candidate.actors.filter((actor) => actor.kind === 'person').map((actor) => actor.id));
}

/** A sentence that names nobody and whose subject is the happening goes on about one told before. */
function goesOnAbout(candidate: CandidateEvent): boolean {
  return !candidate.actors.some(isAgent) && HAPPENING_SUBJECT.test(candidate.title);
}

/** A telling placed by inference (the news week of an undated happening), not by a date in the text. */
function isInferred(candidate: CandidateEvent): boolean {
  return candidate.sources.every((source) => source.dateText === '');
}

/** Days between two day-precision dates, or Infinity when either is coarser. */
function daysApart(a: EventDate, b: EventDate): number {
  if (a.precision !== 'day' || b.precision !== 'day') return Number.POSITIVE_INFINITY;
  // Days a week apart lie in the same or neighbouring months: most pairs are ruled out unparsed.
  const month = (value: string) => Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7));
  if (Math.abs(month(a.value) - month(b.value)) > 1) return Number.POSITIVE_INFINITY;
  return Math.abs(dayNumber(a.value) - dayNumber(b.value));
}

/** Day numbers of the days merging has compared: it asks for the same few thousand again and again. */
const DAY_NUMBERS = new Map<string, number>();
const EPOCH = parseISO('1970-01-01');

/** The day `value` ('YYYY-MM-DD') as a count of calendar days since 1970-01-01. */
function dayNumber(value: string): number {
  let day = DAY_NUMBERS.get(value);
  if (day === undefined) {
    if (DAY_NUMBERS.size >= 10_000) DAY_NUMBERS.clear();
    DAY_NUMBERS.set(value, (day = differenceInCalendarDays(parseISO(value), EPOCH)));
  }
  return day;
}

/** A kind of happening a headline names for sure: not a statement (which may report any) nor "other". */
function isSpecificKind(type: EventType): boolean {
  return type !== 'statement' && type !== 'other';
}

/** Another article's telling at the group's date or one nested in it, at the same precision. */
function sameDateElsewhere({ group, candidate, sameArticle }: MergePair): boolean {
  return sameArticle.length === 0 && valuesNest(group.date.value, candidate.date.value) && group.date.precision === candidate.date.precision;
}

/** A headline's opening word that is no name though capitalised. */
const OPENING_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'both', 'two']);

/**
 * The capitalised words of a headline, in order: the names it gives its parties, or '' when it
 * names none ("The two countries fight a border dispute").
 *
 * @example
 * namesIn('Britain hands Hong Kong back to China') //=> 'Britain Hong Kong China'
 */
export function namesIn(title: string): string {
  return [...title.matchAll(/\p{Lu}[\p{L}'’-]*/gu)]
    .filter((match) => match.index > 0 || !OPENING_WORDS.has(match[0].toLowerCase()))
    .map((match) => match[0])
    .join(' ');
}

/** The rules, in order; the first that decides wins, and two tellings no rule joins stay two events. */
export const MERGE_RULES: readonly MergeRule[] = [
  {
    id: 'same-known-event',
    reason: 'a known event (content/events) is one happening whatever else differs, and never joins any other',
    decides: ({ group, candidate }) => {
      if (candidate.knownEventId === undefined && group.knownEventId === undefined) return undefined;
      return candidate.knownEventId === group.knownEventId ? 'same' : 'different';
    },
  },
  {
    id: 'agents-differ',
    reason:
      'the people or organisations involved tell them apart: everyone present at a meeting (Lammy meeting Wang and Lammy meeting Ding are two meetings), otherwise whoever acts first',
    decides: ({ group, candidate }) => {
      const agents = candidate.actors.filter(isAgent);
      if (group.candidates.some((member) => member.type === 'meeting') || candidate.type === 'meeting') {
        const candidateOnly = agents.some((actor) => !group.agentIds.has(actor.id));
        const groupOnly = [...group.agentIds].some((id) => !agents.some((actor) => actor.id === id));
        return candidateOnly && groupOnly ? 'different' : undefined;
      }
      const groupFirst = group.candidates[0]?.actors.find(isAgent);
      return agents[0] !== undefined && groupFirst !== undefined && agents[0].id !== groupFirst.id ? 'different' : undefined;
    },
  },
  {
    id: 'parties-differ',
    reason:
      'across articles, a telling that shares none of its parties with a telling already joined tells a happening of other parties (Indonesia freezing a loan programme, Kenya freezing one; "the two countries" of one article and of another), unless both headlines name the same parties, which the parser may have read differently',
    decides: ({ group, candidate, sameArticle }) => {
      if (sameArticle.length > 0 || candidate.actors.length === 0) return undefined;
      const parties = new Set(candidate.actors.map((actor) => actor.id));
      const names = namesIn(candidate.title);
      const other = group.candidates.some(
        (member) => member.actors.length > 0 && !member.actors.some((actor) => parties.has(actor.id)) && (names === '' || namesIn(member.title) !== names),
      );
      return other ? 'different' : undefined;
    },
  },
  {
    id: 'article-other-people',
    reason:
      'two sentences of one article that each name someone the other does not, besides a person they share ("Lammy met Wang Yi", "Lammy met Ding Xuexiang"), tell two happenings',
    decides: ({ candidate, sameArticle }) => {
      const own = personIds(candidate);
      const differs = sameArticle.some((member) => {
        const theirs = personIds(member);
        const shares = [...own].some((id) => theirs.has(id));
        return shares && [...own].some((id) => !theirs.has(id)) && [...theirs].some((id) => !own.has(id));
      });
      return differs ? 'different' : undefined;
    },
  },
  {
    id: 'unstated-date',
    reason:
      'a date the text does not state (an undated happening placed by the news) ties two tellings only across articles, on the same date, in headlines that share most of their words',
    decides: ({ group, candidate, sameWords, sameArticle }) => {
      if (!isInferred(candidate) && !group.candidates.some(isInferred)) return undefined;
      return sameArticle.length === 0 && candidate.date.value === group.date.value && sameWords ? 'same' : 'different';
    },
  },
  {
    id: 'article-one-date',
    reason: 'a writer dates one happening consistently: two sentences of one article with different dates tell two happenings',
    decides: ({ candidate, sameArticle }) => (sameArticle.some((member) => member.date.value !== candidate.date.value) ? 'different' : undefined),
  },
  {
    id: 'article-two-kinds',
    reason:
      'two sentences of one article on the same date that tell different kinds of happening (a visit and a signing, a crossing and a pledge) tell two happenings; a statement or an unnamed kind may tell either',
    decides: ({ candidate, sameArticle }) =>
      sameArticle.some((member) => member.type !== candidate.type && isSpecificKind(member.type) && isSpecificKind(candidate.type)) ? 'different' : undefined,
  },
  {
    id: 'shared-people',
    reason: 'on the same date, in one article or across articles, two actors in common with a person among them',
    decides: (pair) => ((pair.sameArticle.length > 0 || sameDateElsewhere(pair)) && pair.shared.length >= 2 && pair.sharedPerson ? 'same' : undefined),
  },
  {
    id: 'article-shared-actor',
    reason: 'two sentences of one article on the same date that tell the same kind of happening with an actor in common',
    decides: ({ sameArticle, shared, sameType }) => (sameArticle.length > 0 && shared.length >= 1 && sameType ? 'same' : undefined),
  },
  {
    id: 'article-goes-on',
    reason: 'a later sentence of the article goes on about the happening without naming anyone ("The meeting lasted four hours")',
    decides: ({ candidate, sameArticle, sameType }) => (sameArticle.length > 0 && sameType && goesOnAbout(candidate) ? 'same' : undefined),
  },
  {
    id: 'same-words',
    reason: 'on the same date, in one article or across articles, headlines that share most of their words name one happening, whoever the parser found in them',
    decides: (pair) => ((pair.sameArticle.length > 0 || sameDateElsewhere(pair)) && pair.sameWords ? 'same' : undefined),
  },
  {
    id: 'same-date-same-kind',
    reason: 'across articles on the same date, the same kind of happening with two actors in common',
    decides: (pair) => (sameDateElsewhere(pair) && pair.sameType && pair.shared.length >= 2 ? 'same' : undefined),
  },
  {
    id: 'coarser-date',
    reason:
      'across articles, a date that covers the other ("1997" and "1 July 1997") joins it only for the same kind of happening told in the same words or by two of the same actors with a person among them ("Cameron said in 2024 …" is not "Cameron meets Li Qiang on 5 March 2024")',
    decides: ({ group, candidate, sameArticle, sameType, sameWords, shared, sharedPerson }) => {
      if (sameArticle.length > 0 || !valuesNest(group.date.value, candidate.date.value) || group.date.precision === candidate.date.precision) return undefined;
      return sameType && (sameWords || (shared.length >= 2 && sharedPerson)) ? 'same' : 'different';
    },
  },
  {
    id: 'days-disagree',
    reason: `across articles, days at most ${DISAGREEMENT_MAX_DAYS} apart for the same kind of happening with two actors in common: the sources disagree on the day`,
    decides: ({ group, candidate, sameArticle, sameType, shared }) =>
      sameArticle.length === 0 && sameType && shared.length >= 2 && daysApart(group.date, candidate.date) <= DISAGREEMENT_MAX_DAYS ? 'same' : undefined,
  },
];

/** What `mayJoin` reads of a group: kept by merging as sets, so the test costs no pass over its tellings. */
export interface JoinFacts {
  date: EventDate;
  knownEventId?: string;
  /** The kinds of happening its tellings tell. */
  types: ReadonlySet<EventType>;
  /** The articles its tellings come from (each telling's first source). */
  articleIds: ReadonlySet<string>;
}

/**
 * Whether any rule could join the telling to the group: a condition every 'same' verdict of
 * MERGE_RULES implies, read from dates, kinds and articles alone, so merging skips the groups that
 * fail it without weighing words and actors. Across articles a rule joins only dates that nest
 * (same-words, shared-people, same-date-same-kind, unstated-date, coarser-date) or days a week apart
 * (days-disagree); only coarser-date joins two precisions, and only for the same kind of happening.
 * A telling of one of the group's articles is left to the rules.
 *
 * @example
 * // A meeting on 18 October 2024 and another article's statement dated 2024: only coarser-date
 * // could join them, and it asks for the same kind of happening.
 * const group = { date: { value: '2024-10-18', precision: 'day' }, types: new Set(['meeting']), articleIds: new Set(['a']) }
 * mayJoin(group, { date: { value: '2024', precision: 'year' }, type: 'statement', sources: [{ articleId: 'b' }] }) //=> false
 */
export function mayJoin(group: JoinFacts, candidate: Pick<CandidateEvent, 'date' | 'type' | 'sources' | 'knownEventId'>): boolean {
  if (candidate.knownEventId !== undefined || group.knownEventId !== undefined) return candidate.knownEventId === group.knownEventId;
  if (group.articleIds.has(candidate.sources[0]?.articleId ?? '')) return true;
  const nest = valuesNest(group.date.value, candidate.date.value);
  if (group.date.precision !== candidate.date.precision) return nest && group.types.has(candidate.type);
  return nest || daysApart(group.date, candidate.date) <= DISAGREEMENT_MAX_DAYS;
}

/** What the rules compare, computed once for a telling beside a group. */
export function mergePair(group: MergeGroup, candidate: CandidateEvent, candidateWords: ReadonlySet<string>): MergePair {
  const shared = candidate.actors.filter((actor) => group.actorIds.has(actor.id));
  const overlap = wordOverlap(group.words, candidateWords);
  const articleId = candidate.sources[0]?.articleId;
  return {
    group,
    candidate,
    shared,
    sharedPerson: shared.some((actor) => actor.kind === 'person'),
    sameType: group.candidates.some((member) => member.type === candidate.type),
    sameWords: overlap.shared >= 2 && overlap.ratio >= SAME_WORDS_RATIO,
    sameArticle: group.candidates.filter((member) => member.sources[0]?.articleId === articleId),
  };
}

/**
 * The rule that decides whether a telling joins a group, with its verdict; `undefined` when no rule
 * decides, and the two stay apart.
 *
 * @example
 * // Two tellings of one meeting in one article
 * const told = sampleEvent()
 * const again = sampleEvent({ title: 'Lammy and Wang Yi hold talks' })
 * const ids = new Set(told.actors.map((actor) => actor.id))
 * const group = { candidates: [told], words: contentWords(told.title), date: told.date, actorIds: ids, agentIds: ids }
 * mergeRuleFor(mergePair(group, again, contentWords(again.title)))
 * //=> { rule: { id: 'shared-people', … }, verdict: 'same' }
 */
export function mergeRuleFor(pair: MergePair): { rule: MergeRule; verdict: MergeVerdict } | undefined {
  for (const rule of MERGE_RULES) {
    const verdict = rule.decides(pair);
    if (verdict !== undefined) return { rule, verdict };
  }
  return undefined;
}

/** The value given most often, the earliest on a tie; `undefined` when none is given. */
function mostGiven(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || compareText(a, b))[0]?.[0];
}

/**
 * The date a merged event keeps. A rule, not the first source read, so renaming a file never moves
 * an event.
 */
export const MERGED_DATE_RULE = {
  id: 'merged-date',
  reason:
    'a merged event keeps the finest precision its sources give; among those, the value most sources give, then the earliest; and the end most sources at that value give, then the earliest',
  /**
   * @example
   * MERGED_DATE_RULE.date([{ value: '1997', precision: 'year' }, { value: '1997-07-01', precision: 'day' }])
   * //=> { value: '1997-07-01', precision: 'day' }
   */
  date(dates: readonly [EventDate, ...EventDate[]]): EventDate {
    const finest = Math.min(...dates.map((date) => precisionRank(date.precision)));
    const atFinest = dates.filter((date) => precisionRank(date.precision) === finest);
    const value = mostGiven(atFinest.map((date) => date.value));
    const atValue = atFinest.filter((date) => date.value === value);
    const end = mostGiven(atValue.flatMap((date) => date.end ?? []));
    // dates is never empty, so neither is atValue, and one of its dates has that end (or none).
    return atValue.find((date) => date.end === end)!;
  },
} as const;

/**
 * The relation a merged event keeps: one telling's whole coding, never parts of several, so actor,
 * recipient and type always come from one reading.
 */
export const MERGED_RELATION_RULE = {
  id: 'merged-relation',
  reason:
    'a merged event keeps the relation of the telling that gives its title; when that telling codes none, the first telling (by article, then place) that codes one',
  /**
   * @example
   * const consult = { type: 'CONSULT', quad: 'verbal-cooperation', intensity: 1, actor: 'united-kingdom', recipient: 'china' }
   * MERGED_RELATION_RULE.relation({ relation: null }, [{ relation: null }, { relation: consult }])?.type
   * //=> 'CONSULT'
   */
  relation(lead: Pick<CandidateEvent, 'relation'>, tellings: ReadonlyArray<Pick<CandidateEvent, 'relation'>>): Relation | null {
    return lead.relation ?? tellings.find((telling) => telling.relation !== null)?.relation ?? null;
  },
} as const;
