import { pointInBlock } from './article/index.ts';
import type { Article } from './article/index.ts';
import type { GenreReading } from './article/genre.ts';
import type { ArticleAnalysis } from './events/analyse.ts';
import { DATE_SPAN_RULE } from './events/date-span.ts';
import { DERIVED_DATE_RULES } from './events/derived-dates.ts';
import { DATED_NOUN_RULE, TEMPLATE_RULE } from './events/headline-rules.ts';
import { eventId } from './events/event-id.ts';
import { MERGED_DATE_RULE } from './events/merge-rules.ts';
import type { CandidateEvent, Relation, TimelineEvent } from './events/model.ts';
import { PAST_WEEKEND_RULE } from './events/narrative-date.ts';
import { PAST_WEEK_RULE } from './events/publication-bound.ts';
import type { OverrideChange } from './events/overrides.ts';
import { ruleReasons } from './rules.ts';
import type { ContentReading } from './site-data.ts';

/** A rule as the report names it: its id and why it decides as it does (see `ruleCatalogue`). */
export interface RuleReference {
  id: string;
  reason: string;
}

/** How the title of one telling was made. */
export interface ReviewHeadline {
  /** The title this telling made; the event may be titled by another telling of it. */
  title: string;
  /**
   * `sentence`: the sentence's own words, rewritten by `rules`; `dated-noun` and `template`: the
   * fallbacks when the sentence gives no usable title; `known-event`: the editors' known event's title.
   */
  madeFrom: 'sentence' | 'dated-noun' | 'template' | 'known-event';
  /** The headline rules applied, in order (the fallback's rule last). */
  rules: RuleReference[];
}

/** How one telling was coded in PLOVER's terms, and by which rules (see relation-rules.ts). */
export interface ReviewCoding {
  relation: Relation | null;
  rules: RuleReference[];
}

/** What became of a date or an undated telling: the event it is a source of, or the rule that skipped it. */
export type ReviewOutcome =
  | {
      eventId: string;
      eventTitle: string;
      headline: ReviewHeadline;
      /** Present when this telling joined an event another telling had started: the merge rule that joined it. */
      joinedBy?: RuleReference;
      /** Present when the event keeps another date than this telling gives, and the rule that chose it. */
      eventDate?: { value: string; rule: string; reason: string };
      /** This telling's PLOVER coding (`null`: no interaction) and the relation rules that decided it, in order. */
      coding: ReviewCoding;
    }
  | { rejectedBy: string; reason: string; detail?: string };

/** One line of the review report: a date the text states, or an event read without one. */
export interface ReviewEntry {
  file: string;
  line: number;
  column: number;
  /**
   * `date`: a date the text states; `derived`: a date counted from one ("the 80th anniversary");
   * `known-event`: a known event named without a date; `news-week`: an undated happening of the news.
   */
  source: 'date' | 'derived' | 'known-event' | 'news-week';
  /** What the text wrote: the date, the words it is counted from, the known event's alias, or nothing for the news. */
  text: string;
  value: string;
  /** The rule that placed the date beyond reading its words: a span's end, a weekend, a date counted from another. */
  dateRule?: RuleReference;
  outcome: ReviewOutcome;
}

/** Where an article's publication date came from. */
export type PublicationDate =
  | { from: 'frontmatter'; value: string }
  | { from: 'page'; value: string; line: number; column: number; text: string }
  | { from: 'none' };

/** What one item of the article's `events:` frontmatter did (see `applyOverrides`). */
export interface ReviewEdit {
  /** The article's file, and where the item is written. */
  file: string;
  line: number;
  column: number;
  action: 'added' | 'corrected' | 'dropped';
  /** The keys the item set (for an addition, those of `add`). */
  fields: string[];
  /** The event on the timeline; for a drop, the id the event had as read (from its date and title). */
  eventId: string;
  /** The event's title on the timeline; for a drop, its title as read. */
  eventTitle: string;
  /** The editor's `reason:`, when given. */
  reason?: string;
}

/** Everything the timeline decided about one article. */
export interface ArticleReview {
  file: string;
  articleId: string;
  title: string;
  /** The genre it was read as, and the rule that decided it. */
  genre: GenreReading;
  published: PublicationDate;
  /** Who says "I" and "we" in it, and the rule that says so; absent when nothing names a speaker. */
  speaker?: { name: string; rule: RuleReference };
  /** Every date it states and every event read without one, in the order of the text. */
  entries: ReviewEntry[];
  /** What each item of its `events:` frontmatter added, corrected or dropped, in the order written; absent when it has none. */
  edits?: ReviewEdit[];
}

export interface ReviewReport {
  articles: ArticleReview[];
  totals: {
    /** Dates the articles state (`source: 'date'`). */
    dates: number;
    onTimeline: number;
    skipped: number;
    /** Distinct events the articles are sources of. */
    events: number;
  };
}

const DERIVED_RULE_IDS: ReadonlySet<string> = new Set(DERIVED_DATE_RULES.map((rule) => rule.id));

/** How a telling's title was made, from the rules that made it. */
function headlineOf(candidate: CandidateEvent, rule: (id: string) => RuleReference): ReviewHeadline {
  if (candidate.knownEventId !== undefined) return { title: candidate.title, madeFrom: 'known-event', rules: [] };
  const ids = (candidate.titleRules ?? []).filter((id) => !DERIVED_RULE_IDS.has(id));
  const madeFrom = ids.includes(TEMPLATE_RULE.id) ? 'template' : ids.includes(DATED_NOUN_RULE.id) ? 'dated-noun' : 'sentence';
  return { title: candidate.title, madeFrom, rules: ids.map(rule) };
}

function publicationDate(article: Article): PublicationDate {
  if (article.date === undefined || article.dateFrom === undefined) return { from: 'none' };
  if (article.dateFrom.kind === 'frontmatter') return { from: 'frontmatter', value: article.date };
  const { line, column, text } = article.dateFrom;
  return { from: 'page', value: article.date, line, column, text };
}

/** What one correction did, named by the event it made or, for a drop, the event as read. */
function reviewEdit(change: OverrideChange, eventIds: readonly string[], eventsById: ReadonlyMap<string, TimelineEvent>): ReviewEdit {
  const { file, line, column, action, fields, before, candidate, reason } = change;
  const event = candidate === undefined ? undefined : eventsById.get(eventIds[candidate] ?? '');
  // A corrected or added event is on the timeline; a dropped one only as it was read.
  const id = event?.id ?? (before === undefined ? '' : eventId(before.date.value, before.title, new Set()));
  const title = event?.title ?? before?.title ?? '';
  return { file, line, column, action, fields: [...fields], eventId: id, eventTitle: title, ...(reason === undefined ? {} : { reason }) };
}

function reviewArticle(
  article: Article,
  analysis: ArticleAnalysis,
  changes: readonly OverrideChange[],
  reading: ContentReading,
  eventsById: ReadonlyMap<string, TimelineEvent>,
  reasons: ReadonlyMap<string, string>,
): ArticleReview {
  const eventIds = reading.merged.eventIdsByArticle.get(article.id) ?? [];
  const rule = (id: string): RuleReference => ({ id, reason: reasons.get(id) ?? id });
  const joinedBy = new Map(reading.merged.merges.filter((merge) => merge.articleId === article.id).map((merge) => [merge.candidateIndex, rule(merge.rule)]));
  const toEvent = (candidateIndex: number): ReviewOutcome => {
    // Every candidate was merged into an event; the analysis and the merge come from one reading.
    const candidate = analysis.candidates[candidateIndex]!;
    const event = eventsById.get(eventIds[candidateIndex] ?? '');
    const joined = joinedBy.get(candidateIndex);
    const kept = event !== undefined && event.date.value !== candidate.date.value ? { eventDate: { value: event.date.value, rule: MERGED_DATE_RULE.id, reason: MERGED_DATE_RULE.reason } } : {};
    const coding: ReviewCoding = { relation: candidate.relation, rules: (candidate.relationRules ?? []).map(rule) };
    return { eventId: event?.id ?? '', eventTitle: event?.title ?? '', headline: headlineOf(candidate, rule), ...(joined ? { joinedBy: joined } : {}), ...kept, coding };
  };

  const dated = new Set<number>();
  const entries = analysis.mentions.map((mention, mentionIndex): ReviewEntry => {
    // The analysis gives one outcome per mention, and every mention lies in one of the article's blocks.
    const outcome = analysis.outcomes[mentionIndex]!;
    const place = pointInBlock(article.blocks[mention.blockIndex]!, mention.start);
    const base = { file: article.path, line: place.line, column: place.column, source: 'date' as const, text: mention.timex.text, value: mention.timex.value };
    if ('rejectedBy' in outcome) {
      const { rejectedBy, detail } = outcome;
      return { ...base, outcome: { rejectedBy, reason: rule(rejectedBy).reason, ...(detail === undefined ? {} : { detail }) } };
    }
    // A second mention of one candidate ends the span the first starts ("21 to 28 February").
    const endsSpan = dated.has(outcome.candidate) && analysis.candidates[outcome.candidate]?.date.end !== undefined;
    dated.add(outcome.candidate);
    const boundedWeek = /-W\d{2}$/u.test(mention.timex.value) && analysis.candidates[outcome.candidate]?.date.precision === 'day';
    const dateRule = endsSpan
      ? DATE_SPAN_RULE.id
      : /-WE$/u.test(mention.timex.value)
        ? PAST_WEEKEND_RULE.id
        : boundedWeek
          ? PAST_WEEK_RULE.id
          : undefined;
    return { ...base, ...(dateRule === undefined ? {} : { dateRule: rule(dateRule) }), outcome: toEvent(outcome.candidate) };
  });

  const undated = analysis.candidates.flatMap((candidate, candidateIndex): ReviewEntry[] => {
    const [source] = candidate.sources;
    if (dated.has(candidateIndex) || source === undefined) return [];
    const derived = candidate.titleRules?.find((id) => DERIVED_RULE_IDS.has(id));
    const kind = derived !== undefined ? 'derived' : source.dateText === '' ? 'news-week' : 'known-event';
    return [
      {
        file: article.path,
        line: source.line,
        column: source.column,
        source: kind,
        text: source.dateText,
        value: candidate.date.value,
        ...(derived === undefined ? {} : { dateRule: rule(derived) }),
        outcome: toEvent(candidateIndex),
      },
    ];
  });

  return {
    file: article.path,
    articleId: article.id,
    title: article.title,
    genre: article.genre,
    published: publicationDate(article),
    ...(article.speaker === undefined || article.speakerRule === undefined ? {} : { speaker: { name: article.speaker, rule: rule(article.speakerRule) } }),
    entries: [...entries, ...undated].sort((a, b) => a.line - b.line || a.column - b.column),
    ...(changes.length === 0 ? {} : { edits: changes.map((change) => reviewEdit(change, eventIds, eventsById)) }),
  };
}

/**
 * What an editor reviews: for every article, the genre it was read as and why, where its
 * publication date came from, every date it states and what became of it (the event it dates,
 * with how that telling's title was made and the merge rule that joined it to another telling's
 * event, or the named rule that kept it off the timeline), and every event read without a date in
 * the text; and what each of the editors' `events:` corrections added, corrected or dropped.
 *
 * @example
 * const report = reviewReport(await readContent('content'))
 * report.articles[0].entries[0]
 * //=> { file: 'content/articles/lammy-beijing-visit.md', line: 8, column: 75, source: 'date', text: 'Friday', value: '2024-10-18', outcome: { eventId: '2024-10-18-…', … } }
 * report.articles[0].entries.find((entry) => entry.text === 'Friday afternoon').outcome.joinedBy.id
 * //=> 'shared-people'
 */
export function reviewReport(reading: ContentReading): ReviewReport {
  const eventsById = new Map(reading.merged.events.map((event) => [event.id, event]));
  const reasons = ruleReasons();
  // analyses[index] and edits[index] are the analysis and the corrections of articles[index].
  const articles = reading.articles.map((article, index) =>
    reviewArticle(article, reading.analyses[index]!, reading.edits[index] ?? [], reading, eventsById, reasons),
  );
  const all = articles.flatMap((article) => article.entries);
  const dates = all.filter((entry) => entry.source === 'date');
  const skipped = dates.filter((entry) => 'rejectedBy' in entry.outcome).length;
  const events = new Set(all.flatMap((entry) => ('eventId' in entry.outcome ? [entry.outcome.eventId] : [])));
  return { articles, totals: { dates: dates.length, onTimeline: dates.length - skipped, skipped, events: events.size } };
}
