import { dayInterval, valuesNest, valuesOverlap } from '../dates/interval.ts';
import { datePrecision, precisionRank } from '../dates/precision.ts';
import type { DatePrecision } from '../dates/precision.ts';
import { findActors } from './actors.ts';
import { withinSentence } from './parse-english.ts';
import { slugify } from './slug.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { FIRST_PERSON } from '../article/genre.ts';
import { isLabelLine } from '../article/page-date.ts';
import { RESTATED_DATE_RULE, clauseAround, endsSpan, isRelativeDateText, restatesDate } from './date-span.ts';
import { withEnd } from './event-date.ts';
import { PARLIAMENTARY_FRIEND, namedFriendBefore } from './parliament.ts';
import { AFTER_PUBLICATION_RULE, pastWeekBound, startsAfterPublication } from './publication-bound.ts';
import { pluralAntecedent, resolvePronouns, sentenceSubject } from './coreference.ts';
import { NO_HEADLINE_RULE, TEMPLATE_RULE, refineHeadline } from './headline-rules.ts';
import { blockSpeakers } from './speaker.ts';
import { eventKind } from './event-kind.ts';
import { rejectingRule } from './event-rules.ts';
import { DERIVED_DATE_RULES, deriveDates } from './derived-dates.ts';
import { articlePair, codeRelation, createRelationContext, textVoice } from './relation-rules.ts';
import type { RelationContext } from './relation-rules.ts';
import { eventType } from './event-type.ts';
import { createGazetteer } from './gazetteer.ts';
import type { Gazetteer } from './gazetteer.ts';
import { createKnownEventMatcher } from './known-events.ts';
import type { KnownEventMatcher, KnownEventMention } from './known-events.ts';
import type { Knowledge } from '../knowledge/load.ts';
import { blockAnchor, findDateMentions } from './mentions.ts';
import type { ArticleText, DateMention } from './mentions.ts';
import type { Actor, CandidateEvent, EventDate } from './model.ts';
import { newsDate, tellsNewsHappening, weekendWeek } from './narrative-date.ts';
import { tenseAround } from '../dates/refiners/tense.ts';
import { headline, withFullNames } from './title.ts';

/** One article's dated mentions and the events they tell, before merging with other articles. */
export interface ArticleAnalysis {
  articleId: string;
  mentions: DateMention[];
  candidates: CandidateEvent[];
  /** For each mention: the candidate event it dates, or the id of the rule that kept it off the timeline. */
  outcomes: MentionOutcome[];
}

/** `detail` says what exactly the rule found, where it says more than the rule's reason (the defect of a refused title). */
export type MentionOutcome = { candidate: number } | { rejectedBy: string; detail?: string };

/** What the analysis of every article shares: the editors' actors and known events. */
export interface AnalysisContext {
  gazetteer: Gazetteer;
  knownEvents: KnownEventMatcher;
  /** Whom the editors' people act for, for coding relations. */
  relations: RelationContext;
}

/**
 * Build the shared context once for all articles from the editors' knowledge.
 *
 * @example
 * createAnalysisContext({ actors: [], knownEvents: [], eras: [] }).gazetteer.byName.get('Britain')?.id
 * //=> 'united-kingdom'
 */
export function createAnalysisContext(knowledge: Pick<Knowledge, 'actors' | 'knownEvents'>): AnalysisContext {
  const gazetteer = createGazetteer(knowledge.actors);
  return {
    gazetteer,
    knownEvents: createKnownEventMatcher(knowledge.knownEvents, gazetteer),
    relations: createRelationContext(knowledge.actors, gazetteer),
  };
}

type Sentence = ArticleText['sentences'][number];

/** A day with a time of day ("2024-10-18TAF") is placed on its day. */
function calendarValue(value: string): string {
  return value.replace(/T.*$/u, '');
}

function mergeActors(...lists: ReadonlyArray<readonly Actor[]>): Actor[] {
  const byId = new Map<string, Actor>();
  for (const actor of lists.flat()) if (!byId.has(actor.id)) byId.set(actor.id, actor);
  return [...byId.values()];
}

/** The most characters between two dates of one sentence that are one date, the finer holding the coarser. */
const NESTED_DATE_MAX_GAP = 30;
/** Where a date that frames its whole sentence starts, at most ("In 1956, …", "The following year, …"). */
const FRAMING_DATE_MAX_OFFSET = 4;

/** The named outcome for a date that only dates the report of a happening dated elsewhere in its sentence. */
/** A byline or a credit line: "By Hyonhee Shin", "(Reporting by …; Editing by …)". */
const BYLINE = /^\W*(?:By\s+\p{Lu}|(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled)\s+by\b)/u;

export const REPORT_DATE_RULE = {
  id: 'report-date',
  reason: 'the date of a report ("officials said yesterday") whose happening has its own date in the sentence',
} as const;

/**
 * Read one article into dated mentions and candidate events, from three kinds of evidence:
 * a date in the sentence; a known event the sentence names ("since Starmer took office"); an
 * undated happening tied to the article's news ("Lammy earlier met …").
 *
 * @example
 * const text = '---\ntitle: A\ndate: 2024-10-18\n---\nLammy met Wang Yi in Beijing on Friday. Britain handed Hong Kong back to China in 1997.'
 * const { article } = parseArticle(new TextEncoder().encode(text), 'a.md')
 * analyseArticle(article, createAnalysisContext({ actors: [], knownEvents: [] })).candidates.map((event) => [event.date.value, event.title])
 * //=> [['2024-10-18', 'Lammy meets Wang Yi in Beijing'], ['1997', 'Britain hands Hong Kong back to China']]
 */
export function analyseArticle(article: ArticleText, context: AnalysisContext): ArticleAnalysis {
  const mentions = findDateMentions(article);
  const knownPeople: Actor[] = [];
  /** The speaker as an actor: the editors' actor of that name, or a person named so. */
  const speakerActors = (speaker: string): Actor[] => {
    const known = findActors(speaker, context.gazetteer, []);
    return known.length > 0 ? known.slice(0, 1) : [{ id: slugify(speaker.replace(/^(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+/u, '')), name: speaker, kind: 'person' }];
  };
  const speakers = blockSpeakers(article.blocks, article.speaker);
  const foundActors = article.sentences.map((sentence) => {
    const named = findActors(sentence.text, context.gazetteer, knownPeople);
    // In a speech or statement, "I" and "we" are the speaker: one of the sentence's actors.
    const speaker = speakers[sentence.blockIndex];
    const actors = speaker !== undefined && FIRST_PERSON.test(sentence.text) ? [...speakerActors(speaker), ...named] : named;
    // A byline's reporters ("By Hyonhee Shin and Christine Kim") are no people of the story: a later "Kim" is not them.
    if (!BYLINE.test(sentence.text)) knownPeople.push(...actors.filter((actor) => actor.kind === 'person' && !knownPeople.some((known) => known.id === actor.id)));
    return actors;
  });
  const resolved = resolvePronouns(
    article.sentences.map((sentence) => sentence.text),
    foundActors,
  );
  const actorsBySentence = resolved.map((sentence) => sentence.actors);
  const knownBySentence = article.sentences.map((sentence) => context.knownEvents.find(sentence.text));
  const candidates: CandidateEvent[] = [];
  /** Sentences no usable title could be made from, with the reason. */
  const headlineFailures = new Map<number, string>();
  /** The candidates each dated sentence gave, by sentence index. */
  const bySentence = new Map<number, number[]>();
  const mentionsPerSentence = new Map<number, number>();
  for (const mention of mentions) {
    if (mention.timex.type === 'DATE' || mention.timex.type === 'TIME') {
      mentionsPerSentence.set(mention.sentenceIndex, (mentionsPerSentence.get(mention.sentenceIndex) ?? 0) + 1);
    }
  }
  const sharedSentences = new Set([...mentionsPerSentence].filter(([, count]) => count > 1).map(([index]) => index));

  const candidateOf = (
    sentenceIndex: number,
    date: EventDate,
    dateText: string,
    dateValue: string,
    titleRange: readonly [number, number],
    /** The words that name the happening when they are not the sentence's ("the 80th anniversary of …"). */
    happening?: string,
  ): CandidateEvent | undefined => {
    // Every caller passes the index of one of the article's sentences.
    const sentence: Sentence = article.sentences[sentenceIndex]!;
    const block = article.blocks[sentence.blockIndex]!;
    const sentenceActors = actorsBySentence[sentenceIndex] ?? [];
    const people = sentenceActors.filter((actor) => actor.kind === 'person').map((actor) => actor.name);
    const names = sentenceActors.flatMap((actor) => [actor.name, ...actor.name.split(/\s+/u).filter((part) => part.length > 2)]);
    const subject = resolved[sentenceIndex]?.subject?.name;
    const told = headline(happening ?? sentence.text, happening ? 0 : titleRange[0], happening ? 0 : titleRange[1], { names, ...(subject ? { subject } : {}) });
    // "…will hold a summit next month, officials said yesterday": yesterday dates the report;
    // the summit has its own date in the sentence.
    if (told.datesReport && sharedSentences.has(sentenceIndex)) return undefined;
    // A sentence that dates several happenings ("… in New Delhi on Friday, his first visit since
    // Russia invaded Ukraine in 2022") gives each only the actors of its own clause.
    const clauseActors = sharedSentences.has(sentenceIndex)
      ? findActors(told.clause, context.gazetteer, sentenceActors.filter((actor) => actor.kind === 'person'))
      : [];
    const actors = clauseActors.length > 0 ? clauseActors : sentenceActors;
    const draft = withFullNames(told.title, people);
    const previous = article.sentences[sentenceIndex - 1];
    /** What an opening pronoun of the title stands for, named in the sentence before (in this paragraph or the one before it, never across a heading). */
    const antecedent = (): string | undefined =>
      PARLIAMENTARY_FRIEND.test(draft)
        ? namedFriendBefore(article.sentences.map((earlier) => earlier.text), sentenceIndex)
        : // A line of its own (a speaker's name, a dateline) is no sentence a pronoun takes up.
          previous && article.blocks[previous.blockIndex]?.kind === 'paragraph' && !isLabelLine(article.blocks[previous.blockIndex]!)
          ? withinSentence(previous.text, () => (/^(?:They|These|Those)\b/u.test(draft) ? pluralAntecedent : sentenceSubject)(previous.text))
          : undefined;
    let antecedentRead: { value: string | undefined } | undefined;
    const refined = refineHeadline(draft, {
      speaker: speakers[sentence.blockIndex],
      // Read only when a rule asks: few titles open on a pronoun, and reading the sentence before
      // took a tenth of all analysis when every candidate did it.
      get antecedent() {
        antecedentRead ??= { value: antecedent() };
        return antecedentRead.value;
      },
      type: eventType(draft, sentence.text),
      actors,
      ...(happening === undefined && titleRange[0] > 0 ? { beforeDate: sentence.text.slice(0, titleRange[0]) } : {}),
      ...(happening === undefined && titleRange[1] > titleRange[0] ? { afterDate: sentence.text.slice(titleRange[1]) } : {}),
      several: sharedSentences.has(sentenceIndex),
    });
    if (refined.title === undefined) {
      headlineFailures.set(sentenceIndex, refined.defect);
      return undefined;
    }
    const title = refined.title;
    const interval = dayInterval(date.value);
    return {
      date,
      title,
      summary: sentence.text,
      actors,
      // The kind of happening the headline tells; a template's own words are no evidence of it.
      type: eventType(refined.rules.includes(TEMPLATE_RULE.id) ? draft : title, sentence.text),
      ...(refined.rules.length > 0 ? { titleRules: refined.rules } : {}),
      kind: interval && article.date !== undefined ? eventKind(interval, article.date) : 'background',
      // Coded once the event's clause, title and actors are final (see the end of analyseArticle).
      relation: null,
      sources: [
        {
          articleId: article.id,
          articleTitle: article.title,
          ...(article.url ? { url: article.url } : {}),
          line: sentence.line,
          column: sentence.column,
          anchor: blockAnchor(block),
          quote: sentence.text,
          dateText,
          dateValue,
        },
      ],
    };
  };
  /** A candidate's clauses, titles and phrases are read from its sentence's one parse. */
  const candidate: typeof candidateOf = (sentenceIndex, ...rest) =>
    withinSentence(article.sentences[sentenceIndex]!.text, () => candidateOf(sentenceIndex, ...rest));

  /** A dated telling keeps the sentence's actors; a passing mention keeps only the known event's. */
  const joinKnownEvent = (event: CandidateEvent, known: KnownEventMention, dated: boolean): CandidateEvent => ({
    ...event,
    knownEventId: known.knownEvent.id,
    title: known.knownEvent.title,
    type: known.knownEvent.type ?? event.type,
    actors: dated ? mergeActors(event.actors, known.actors) : known.actors,
  });

  /** Mentions that end a span another mention of their sentence starts, by the index of the start. */
  const spanEnds = new Map<number, number>();
  /** Relative dates restated right after them in explicit words, by the index of the explicit one. */
  const restated = new Map<number, number>();
  // Both read the words between two dates next to each other in one sentence.
  mentions.forEach((mention, index) => {
    const next = mentions[index + 1];
    if (next === undefined || next.sentenceIndex !== mention.sentenceIndex || next.blockIndex !== mention.blockIndex) return;
    const text = article.blocks[mention.blockIndex]!.text;
    const between = text.slice(mention.end, next.start);
    const first = { value: calendarValue(mention.timex.value), before: text.slice(Math.max(0, mention.start - 20), mention.start) };
    if (endsSpan(first, { value: calendarValue(next.timex.value) }, between)) spanEnds.set(index, index + 1);
    else if (restatesDate(mention.timex.text, between, next.timex.text)) restated.set(index + 1, index);
  });
  const spanStarts = new Map([...spanEnds].map(([start, end]) => [end, start]));
  const restatedBy = new Set(restated.values());
  /** Where in its block the date of each candidate from a dated mention is written. */
  const candidateSpans = new Map<number, readonly [number, number]>();
  /** The words of each such date ("The following year"). */
  const candidateTexts = new Map<number, string>();
  /** The candidate each mention gave, by mention index, so the end of a span joins its start's. */
  const candidateOfMention = new Map<number, number>();

  const outcomes = mentions.map((mention, mentionIndex): MentionOutcome => {
    if (restatedBy.has(mentionIndex)) return { rejectedBy: RESTATED_DATE_RULE.id };
    const spanStart = spanStarts.get(mentionIndex);
    const startCandidate = spanStart === undefined ? undefined : candidateOfMention.get(spanStart);
    if (startCandidate !== undefined) return { candidate: startCandidate };
    const outcome = mentionOutcome(mention, mentionIndex);
    if ('candidate' in outcome) candidateOfMention.set(mentionIndex, outcome.candidate);
    return outcome;
  });

  function mentionOutcome(mention: DateMention, mentionIndex: number): MentionOutcome {
    // findDateMentions places every mention in one of the article's sentences and blocks.
    const sentence = article.sentences[mention.sentenceIndex]!;
    const block = article.blocks[mention.blockIndex]!;
    const actors = actorsBySentence[mention.sentenceIndex] ?? [];
    // "two years later, on 6 October 1981": the title loses both ways of saying the date.
    const dateStart = mentions[restated.get(mentionIndex) ?? mentionIndex]!.start - sentence.start;
    // A span's headline loses both its dates: "Talks held on 1 and 2 March 1966" → "Talks held".
    const dateEnd = (spanEnds.has(mentionIndex) ? mentions[spanEnds.get(mentionIndex)!]!.end : mention.end) - sentence.start;
    const sentenceType = eventType(sentence.text, '');
    const written = calendarValue(mention.timex.value);
    // A weekend is placed as its ISO week (see PAST_WEEKEND_RULE).
    const value = /-WE$/u.test(written)
      ? weekendWeek(written, tenseAround(block.text, sentence.start, sentence.end, mention.start, mention.end), article.date)
      : written;
    const rule = rejectingRule({
      sentence: sentence.text,
      blockKind: block.kind,
      timex: value === written ? mention.timex : { ...mention.timex, value },
      dateStart,
      actors,
      sentenceType,
      labelLine: isLabelLine(block),
      dated: article.date !== undefined,
    });
    const precision: DatePrecision | undefined = datePrecision(value);
    if (rule !== undefined) return { rejectedBy: rule.id };
    if (precision === undefined) return { rejectedBy: 'not-a-calendar-date' };
    const spanEnd = spanEnds.get(mentionIndex);
    if (startsAfterPublication(sentence.text, value, article.date)) return { rejectedBy: AFTER_PUBLICATION_RULE.id };
    const single: EventDate = { value, precision, ...(mention.timex.mod ? { mod: mention.timex.mod } : {}) };
    const date = pastWeekBound(
      spanEnd === undefined ? single : withEnd(single, calendarValue(mentions[spanEnd]!.timex.value)),
      tenseAround(block.text, sentence.start, sentence.end, mention.start, mention.end),
      article.date,
    );
    // "50 years ago, in May 1975": dates of one sentence where one holds the other are one date, the finer.
    // Only dates written close together are one ("50 years ago, in May 1975"); "the Seven Point
    // Agreement 1951 …, the negotiations of 1951 to 1953" are two happenings of one year.
    const sameSentence = (bySentence.get(mention.sentenceIndex) ?? []).find(
      (index) => {
        const [start, end] = candidateSpans.get(index) ?? [-Infinity, -Infinity];
        // A relative date that opens the sentence ("The following year, … on 29 May") only says which
        // year the sentence is in; an explicit one ("In November 1977, …") dates a happening of its own.
        const frames = start - sentence.start <= FRAMING_DATE_MAX_OFFSET && isRelativeDateText(candidateTexts.get(index) ?? '');
        return valuesNest(candidates[index]!.date.value, value) && (frames || mention.start - end <= NESTED_DATE_MAX_GAP);
      },
    );
    if (sameSentence !== undefined) {
      const existing = candidates[sameSentence]!;
      if (precisionRank(date.precision) < precisionRank(existing.date.precision)) {
        candidates[sameSentence] = {
          ...existing,
          date,
          // The finer date's words leave the title as the coarser one's did.
          title: existing.title.replace(new RegExp(`\\s+(?:on|in|at|of)?\\s*${escapeRegExp(mention.timex.text)}`, 'u'), ''),
          sources: existing.sources.map((source) => ({ ...source, dateText: mention.timex.text, dateValue: mention.timex.value })),
        };
      }
      return { candidate: sameSentence };
    }
    const told = candidate(mention.sentenceIndex, date, mention.timex.text, mention.timex.value, [dateStart, dateEnd]);
    if (told === undefined) {
      const defect = headlineFailures.get(mention.sentenceIndex);
      return defect === undefined ? { rejectedBy: REPORT_DATE_RULE.id } : { rejectedBy: NO_HEADLINE_RULE.id, detail: `the title would be refused: ${defect}` };
    }
    let event = told;
    const known = knownBySentence[mention.sentenceIndex]?.find((match) => valuesOverlap(match.knownEvent.date, value));
    if (known) event = joinKnownEvent(event, known, true);
    candidates.push(event);
    bySentence.set(mention.sentenceIndex, [...(bySentence.get(mention.sentenceIndex) ?? []), candidates.length - 1]);
    candidateSpans.set(candidates.length - 1, [mention.start, spanEnd === undefined ? mention.end : mentions[spanEnd]!.end]);
    candidateTexts.set(candidates.length - 1, mention.timex.text);
    return { candidate: candidates.length - 1 };
  }

  // A sentence that tells several happenings ("After the republic was proclaimed on 2 March 1956,
  // France recognised it on 20 March") gives each the words of its own clause as its quote.
  for (const [sentenceIndex, indices] of bySentence) {
    const own = [...new Set(indices)];
    if (own.length < 2) continue;
    const sentence = article.sentences[sentenceIndex]!;
    for (const index of own) {
      const span = candidateSpans.get(index);
      if (span === undefined) continue;
      const clause = clauseAround(sentence.text, span[0] - sentence.start, span[1] - sentence.start);
      const event = candidates[index]!;
      // A plan's clause may not say it is one ("… beginning on 1 May with broadcasts"): the sentence does.
      if (startsAfterPublication(clause, event.date.value, article.date)) continue;
      candidates[index] = { ...event, sources: event.sources.map((source) => ({ ...source, quote: clause })) };
    }
  }

  // Dates stated by arithmetic ("the 80th anniversary of …"), counted from the sentence's own date.
  article.sentences.forEach((sentence, index) => {
    if (article.blocks[sentence.blockIndex]?.kind === 'heading') return;
    const own = (bySentence.get(index) ?? []).map((at) => candidates[at]!.date.value).find((value) => /^\d{4}(?:-\d{2}){0,2}$/u.test(value));
    const base = own ?? article.date;
    if (base === undefined) return;
    for (const derived of deriveDates(sentence.text, base)) {
      const date: EventDate = { value: derived.value, precision: derived.precision };
      const text = sentence.text.slice(derived.start, derived.end).trim();
      const event = candidate(index, date, text, derived.value, [derived.start, derived.end], derived.happening);
      if (event) candidates.push({ ...event, titleRules: [derived.rule, ...(event.titleRules ?? [])] });
    }
  });

  const newsDay =
    candidates.find((event) => event.kind === 'reported' && event.date.precision === 'day')?.date.value ?? article.date;

  article.sentences.forEach((sentence, index) => {
    if (bySentence.has(index) || article.blocks[sentence.blockIndex]?.kind === 'heading') return;
    const actors = actorsBySentence[index] ?? [];
    // A known event named without a date ("since Starmer took office") is recalled at its known
    // date when the sentence also names one of its actors; an alias alone may mean something else.
    for (const known of knownBySentence[index] ?? []) {
      if (!known.actors.some((actor) => actors.some((named) => named.id === actor.id))) continue;
      const precision = datePrecision(known.knownEvent.date);
      if (precision === undefined) continue;
      const date: EventDate = { value: known.knownEvent.date, precision };
      const text = sentence.text.slice(known.start, known.end);
      const recalled = candidate(index, date, text, known.knownEvent.date, [known.start, known.end]);
      if (recalled) candidates.push(joinKnownEvent(recalled, known, false));
    }
    // An undated page has no news to tie undated happenings to.
    if (newsDay === undefined || (knownBySentence[index] ?? []).length > 0 || !actors.some((actor) => actor.kind === 'person')) return;
    // The sentence must name a happening before its headline is worth making; the headline's own
    // kind of happening then decides.
    if (!tellsNewsHappening(sentence.text, eventType(sentence.text, ''))) return;
    const date = newsDate(sentence.text, newsDay);
    const event = candidate(index, date, '', date.value, [0, 0]);
    // A template title guesses; an undated happening needs the sentence's own headline.
    if (event && !event.titleRules?.includes(TEMPLATE_RULE.id) && tellsNewsHappening(sentence.text, event.type)) candidates.push(event);
  });
  const pair = articlePair(article.title, article.sentences.map((sentence) => sentence.text), context.relations);
  const sentenceAt = new Map(article.sentences.map((sentence) => [`${sentence.line}:${sentence.column}`, sentence]));
  const coded = candidates.map((event) => {
    const sentence = sentenceAt.get(`${event.sources[0]?.line}:${event.sources[0]?.column}`);
    const speaker = sentence === undefined ? undefined : speakers[sentence.blockIndex];
    const voice = textVoice(article, speaker === undefined ? undefined : { name: speaker, actor: speakerActors(speaker)[0] }, context.relations);
    const { relation, rules } = codeRelation({ ...codedWords(event), type: event.type, actors: event.actors, voice, pair }, context.relations);
    return { ...event, relation, relationRules: rules };
  });
  return { articleId: article.id, mentions, candidates: coded, outcomes };
}

/** Counted dates whose happening is named apart from the sentence ("the 80th anniversary of …"). */
const NAMED_HAPPENING_RULES = new Set(DERIVED_DATE_RULES.filter((rule) => rule.id === 'anniversary').map((rule) => rule.id));

/**
 * The words an event is coded from (see `codeRelation`): its clause and title; an anniversary dates
 * only the happening its title names, not the rest of its sentence.
 */
export function codedWords(
  event: Pick<CandidateEvent, 'title' | 'summary' | 'sources' | 'titleRules' | 'knownEventId'>,
): { text: string; title: string; dateText: string | undefined; editorTitle: boolean } {
  const named = event.titleRules?.some((id) => NAMED_HAPPENING_RULES.has(id)) === true;
  const [source] = event.sources;
  return {
    text: named ? event.title : source?.quote || event.summary,
    title: event.title,
    dateText: named ? undefined : source?.dateText,
    editorTitle: event.knownEventId !== undefined,
  };
}
