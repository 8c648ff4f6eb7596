import { datePrecision } from '../dates/precision.ts';
import { dayInterval } from '../dates/interval.ts';
import { findActors } from './actors.ts';
import type { Gazetteer } from './gazetteer.ts';
import { eventKind } from './event-kind.ts';
import { rejectingRule } from './event-rules.ts';
import { eventType } from './event-type.ts';
import { blockAnchor, findDateMentions } from './mentions.ts';
import type { ArticleText, DateMention } from './mentions.ts';
import type { Actor, CandidateEvent } from './model.ts';
import { headline, withFullNames } from './title.ts';

/** One article's dated mentions and the events they tell, before merging with other articles. */
export interface ArticleAnalysis {
  articleId: string;
  mentions: DateMention[];
  candidates: CandidateEvent[];
  /** For each mention: the candidate event it dates, or the id of the rule that kept it off the timeline. */
  outcomes: MentionOutcome[];
}

export type MentionOutcome = { candidate: number } | { rejectedBy: string };

/** A day with a time of day ("2024-10-18TAF") is placed on its day. */
function calendarValue(value: string): string {
  return value.replace(/T.*$/u, '');
}

/** What the analysis of every article shares: the names of actors. */
export interface AnalysisContext {
  gazetteer: Gazetteer;
}

/**
 * Read one article into dated mentions and candidate events.
 *
 * @example
 * analyseArticle(article, { gazetteer: createGazetteer(knowledge.actors) }).candidates.map((event) => event.date.value)
 * //=> ['2024-10-18', '2015', '1997', '2020']
 */
export function analyseArticle(article: ArticleText, context: AnalysisContext): ArticleAnalysis {
  const mentions = findDateMentions(article);
  const actorsBySentence: Actor[][] = [];
  const knownPeople: Actor[] = [];
  for (const sentence of article.sentences) {
    const actors = findActors(sentence.text, context.gazetteer, knownPeople);
    knownPeople.push(...actors.filter((actor) => actor.kind === 'person' && !knownPeople.some((known) => known.id === actor.id)));
    actorsBySentence.push(actors);
  }

  const candidates: CandidateEvent[] = [];
  const outcomes = mentions.map((mention): MentionOutcome => {
    // findDateMentions places every mention in one of the article's sentences and blocks.
    const sentence = article.sentences[mention.sentenceIndex]!;
    const block = article.blocks[mention.blockIndex]!;
    const actors = actorsBySentence[mention.sentenceIndex] ?? [];
    const dateStart = mention.start - sentence.start;
    const rule = rejectingRule({ sentence: sentence.text, blockKind: block.kind, timex: mention.timex, dateStart, actors });
    const value = calendarValue(mention.timex.value);
    const precision = datePrecision(value);
    const interval = dayInterval(value);
    if (rule !== undefined) return { rejectedBy: rule.id };
    if (precision === undefined || interval === undefined) return { rejectedBy: 'not-a-calendar-date' };
    const sameSentence = candidates.findIndex(
      (candidate) => candidate.summary === sentence.text && candidate.date.value === value,
    );
    if (sameSentence !== -1) return { candidate: sameSentence };
    const people = actors.filter((actor) => actor.kind === 'person').map((actor) => actor.name);
    const title = withFullNames(headline(sentence.text, dateStart, mention.end - sentence.start), people);
    candidates.push({
      date: { value, precision, ...(mention.timex.mod ? { mod: mention.timex.mod } : {}) },
      title,
      summary: sentence.text,
      actors,
      type: eventType(title, sentence.text),
      kind: eventKind(interval, article.date),
      sources: [
        {
          articleId: article.id,
          articleTitle: article.title,
          ...(article.url ? { url: article.url } : {}),
          line: sentence.line,
          column: sentence.column,
          anchor: blockAnchor(block),
          quote: sentence.text,
          dateText: mention.timex.text,
          dateValue: mention.timex.value,
        },
      ],
    });
    return { candidate: candidates.length - 1 };
  });
  return { articleId: article.id, mentions, candidates, outcomes };
}
