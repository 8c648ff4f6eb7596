/**
 * Editors' corrections of what Entente read, written in the article's own `events:` frontmatter
 * so that they are reviewed in git with the text they correct: add an event the reading missed,
 * correct or drop one it read, or say it tells a known event (`same_as`). Pure: an analysis in,
 * the corrected analysis out, with what each correction did and every problem where it is written.
 */
import type { Article, PlacedOverride } from '../article/parse.ts';
import { CORRECTION_KEYS, endsNotBefore } from '../article/schema.ts';
import type { EventOverride } from '../article/schema.ts';
import { pointInBlock } from '../article/blocks.ts';
import { dayInterval } from '../dates/interval.ts';
import { datePrecision } from '../dates/precision.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { KnownEvent } from '../knowledge/load.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import type { ArticleAnalysis, MentionOutcome } from './analyse.ts';
import { withEnd } from './event-date.ts';
import { eventId } from './event-id.ts';
import { eventKind } from './event-kind.ts';
import type { Gazetteer } from './gazetteer.ts';
import { blockAnchor } from './mentions.ts';
import type { Actor, CandidateEvent, EditKind, EventDate, Relation } from './model.ts';
import { codedWords } from './analyse.ts';
import { articlePair, codeRelation, relationOf, textVoice } from './relation-rules.ts';
import type { RelationContext } from './relation-rules.ts';
import { slugify } from './slug.ts';

/** The outcome of a dated mention whose event an editor dropped. */
export const DROPPED_BY_EDITOR_RULE = {
  id: 'dropped-by-editor',
  reason: 'an editor dropped the event in the article’s `events:` frontmatter (the `reason:` beside it says why)',
} as const;

/** The relation rule of an event an editor coded (`relation:` in an item of `events:`). */
export const RELATION_BY_EDITOR_RULE = {
  id: 'relation-by-editor',
  reason: 'an editor coded the relation in the article’s `events:` frontmatter; its quad class and intensity follow from the type',
} as const;

/** What corrections need beyond the article: the editors' known events and actors. */
export interface OverrideKnowledge {
  knownEvents: readonly KnownEvent[];
  /** Every actor's names (see `createGazetteer`), to turn ids and names into actors. */
  gazetteer: Gazetteer;
  /**
   * The ids the article's events had on the timeline before any correction, by candidate index
   * (`MergedEvents.eventIdsByArticle`): the id an editor copies from an event's address.
   */
  eventIds?: readonly string[];
  /** To code again an event whose title, type or actors an editor changed (see `codeRelation`); without it the read relation is kept. */
  relations?: RelationContext;
}

/** What one correction did to one event, for `entente check --events`. */
export interface OverrideChange {
  /** The article's file, and where the item of `events:` is written. */
  file: string;
  line: number;
  column: number;
  action: 'added' | 'corrected' | 'dropped';
  /** The keys the item set: `date`, `end`, `title`, `actors`, `type`, `same_as`; for an addition, those of `add`. */
  fields: string[];
  /** The event as it was before this correction (absent for an addition). */
  before?: CandidateEvent;
  /** The event's index in the corrected analysis's `candidates` (absent for a drop). */
  candidate?: number;
  /** The editor's `reason:`, when given. */
  reason?: string;
}

export interface OverrideResult {
  /** The analysis with every correction applied; outcomes renumbered, dropped ones `dropped-by-editor`. */
  analysis: ArticleAnalysis;
  /** What each item of `events:` did, in the order written. */
  changes: OverrideChange[];
  /** Items that match nothing or quote words the article lacks (warnings); items that would make an event invalid (errors). */
  diagnostics: Diagnostic[];
}

/** An event of the article while corrections are applied. */
interface Entry {
  event: CandidateEvent;
  /** Its index in the analysis as read; absent for an added event. */
  read?: number;
  dropped: boolean;
}

/**
 * Apply the article's `events:` corrections, in the order written, to its analysis. An item that
 * matches several events applies to each (with a warning); one that matches none is a warning;
 * one that would make an event invalid (an end before its start, an unknown known event) is an
 * error and changes nothing. Corrected and added events carry `edited`.
 *
 * @example
 * const text = '---\ntitle: A\ndate: 2024-10-18\nevents:\n  - match: "met Wang"\n    title: Lammy meets Wang Yi\n---\nLammy met Wang in Beijing on Friday.'
 * const { article } = parseArticle(new TextEncoder().encode(text), 'a.md')
 * const context = createAnalysisContext({ actors: [], knownEvents: [] })
 * const { analysis, changes } = applyOverrides(analyseArticle(article, context), article, { knownEvents: [], gazetteer: context.gazetteer })
 * analysis.candidates.map((event) => [event.title, event.edited]) //=> [['Lammy meets Wang Yi', 'corrected']]
 * changes[0].fields //=> ['title']
 */
export function applyOverrides(analysis: ArticleAnalysis, article: Article, knowledge: OverrideKnowledge): OverrideResult {
  if (article.eventOverrides.length === 0) return { analysis, changes: [], diagnostics: [] };
  // Read events first, in their order, so that `entries[i]` is still candidate i; added ones follow.
  const entries: Entry[] = analysis.candidates.map((event, read) => ({ event, read, dropped: false }));
  const diagnostics: Diagnostic[] = [];
  const changed: Array<{ change: OverrideChange; entry?: Entry }> = [];
  const report: Report = (place, ruleId, reason, fatal, hint) =>
    diagnostics.push({ file: article.path, ...place, ruleId, field: 'events', reason, hint, fatal });
  const lookUp = actorLookup(knowledge.gazetteer);
  const toActors = (names: readonly string[], place: Place): Actor[] =>
    uniqueActors(
      names.map((name) => {
        const actor = lookUp(name);
        if (actor !== undefined) return actor;
        if (ID_SHAPE.test(name)) {
          const reason = `"${name}" is no actor id of content/actors; it is shown as a person named "${name}"`;
          report(place, 'events-actor-unknown', reason, false, 'Write an actor’s id (its file name in content/actors) or the name readers should see');
        }
        // A name no file knows is most often a person's ("Ding Xuexiang"); an actor file says otherwise.
        return { id: slugify(name), name, kind: 'person' };
      }),
    );

  for (const placed of article.eventOverrides) {
    const { override, place, places } = placed;
    const at = (key: string) => places[key] ?? place;
    const base = { file: article.path, ...place, ...(override.reason === undefined ? {} : { reason: override.reason }) };
    if (override.add !== undefined) {
      const event = recoded(addedEvent(override.add, article, toActors(override.add.actors, at('add.actors')), placed, report), override.add.relation, true);
      const entry: Entry = { event, dropped: false };
      entries.push(entry);
      changed.push({ change: { ...base, action: 'added', fields: Object.keys(override.add) }, entry });
      continue;
    }
    // The schema lets an item through only with `add` or `match`.
    const match = override.match!;
    const matched = matchingEntries(entries, match, knowledge.eventIds);
    if (matched.length === 0) {
      const reason = `No event of this article matches ${JSON.stringify(match)}; the correction changes nothing`;
      const hint = 'Copy words from the event’s sentence, or its id from its address (/events/<id>/); add an event the reading missed with "add:"';
      report(at('match'), 'events-match-none', reason, false, hint);
      continue;
    }
    if (matched.length > 1) {
      const titles = matched.map((entry) => `“${entry.event.title}”`).join(', ');
      const reason = `${JSON.stringify(match)} matches ${matched.length} events (${titles}); the correction applies to each`;
      report(at('match'), 'events-match-several', reason, false, 'Give more words of one sentence, or the event’s id, to correct only one');
    }
    const knownEvent = override.same_as === undefined ? undefined : knowledge.knownEvents.find((known) => known.id === override.same_as);
    if (override.same_as !== undefined && knownEvent === undefined) {
      const reason = `"same_as" names no known event: there is no events/${override.same_as}.md in the content folder`;
      report(at('same_as'), 'events-same-as-unknown', reason, true, `Known events: ${knowledge.knownEvents.map((known) => known.id).join(', ') || 'none'}`);
      continue;
    }
    const actors = override.actors && toActors(override.actors, at('actors'));
    const knownActors = knownEvent?.actors.flatMap((name) => lookUp(name) ?? []) ?? [];
    for (const entry of matched) {
      const before = entry.event;
      if (override.drop) {
        entry.dropped = true;
        changed.push({ change: { ...base, action: 'dropped', fields: [], before } });
        continue;
      }
      if (override.end !== undefined && override.date === undefined && !endsNotBefore(before.date.value, override.end)) {
        const reason = `"end" ${override.end} is before the date of “${before.title}”, ${before.date.value}`;
        report(at('end'), 'events-end-before-date', reason, true, 'Give an "end" on or after the event’s date, or correct "date" too');
        continue;
      }
      const known = knownEvent && { event: knownEvent, actors: uniqueActors([...before.actors, ...knownActors]) };
      const next = corrected(before, override, { known, actors }, article);
      // A new title, type or actors may change who acted on whom; an editor's `relation:` says so outright.
      const unchanged = override.relation === undefined && next.title === before.title && next.type === before.type && next.actors === before.actors;
      entry.event = { ...(unchanged ? next : recoded(next, override.relation, next.title !== before.title)), edited: before.edited ?? 'corrected' };
      const fields = CORRECTION_KEYS.filter((key) => override[key] !== undefined);
      changed.push({ change: { ...base, action: 'corrected', fields, before }, entry });
    }
  }

  const kept = entries.filter((entry) => !entry.dropped);
  const index = new Map(kept.map((entry, at) => [entry, at]));
  const outcomes = analysis.outcomes.map((outcome): MentionOutcome => {
    if (!('candidate' in outcome)) return outcome;
    const at = index.get(entries[outcome.candidate]!);
    return at === undefined ? { rejectedBy: DROPPED_BY_EDITOR_RULE.id } : { candidate: at };
  });
  const changes = changed.map(({ change, entry }) => {
    const at = entry === undefined ? undefined : index.get(entry);
    return at === undefined ? change : { ...change, candidate: at };
  });
  return { analysis: { ...analysis, candidates: kept.map((entry) => entry.event), outcomes }, changes, diagnostics };

  /** The event coded again, or with the editor's coding (`null` when they say it is no interaction). */
  function recoded(event: CandidateEvent, given: EventOverride['relation'], retitled: boolean): CandidateEvent {
    if (given !== undefined) {
      const relation: Relation | null = given === null ? null : relationOf(given.type, given.actor, given.recipient);
      return { ...event, relation, relationRules: [RELATION_BY_EDITOR_RULE.id] };
    }
    if (knowledge.relations === undefined) return event;
    const voice = textVoice(article, undefined, knowledge.relations);
    const words = codedWords(event);
    const pair = articlePair(article.title, article.sentences.map((sentence) => sentence.text), knowledge.relations);
    const { relation, rules } = codeRelation(
      { ...words, editorTitle: words.editorTitle || retitled, type: event.type, actors: event.actors, voice, pair },
      knowledge.relations,
    );
    return { ...event, relation, relationRules: rules };
  }
}

type Place = PlacedOverride['place'];
type Report = (place: Place, ruleId: string, reason: string, fatal: boolean, hint: string) => void;

/**
 * The edit a merged event shows: `added` when an editor added every telling of it, `corrected`
 * when an editor added or corrected any, none when all are as read.
 *
 * @example
 * mergedEdit([{ edited: 'added' }, {}]) //=> { edited: 'corrected' }
 * mergedEdit([{}]) //=> {}
 */
export function mergedEdit(candidates: ReadonlyArray<Pick<CandidateEvent, 'edited'>>): { edited?: EditKind } {
  if (candidates.every((candidate) => candidate.edited === 'added')) return { edited: 'added' };
  return candidates.some((candidate) => candidate.edited !== undefined) ? { edited: 'corrected' } : {};
}

/** A pattern for words an editor copied: any case, any run of spaces, straight or curly quotes. */
function wordsPattern(words: string): RegExp {
  const pattern = escapeRegExp(words.trim())
    .replace(/\s+/gu, '\\s+')
    .replace(/['’‘]/gu, "['’‘]")
    .replace(/["“”]/gu, '["“”]');
  return new RegExp(pattern, 'iu');
}

/**
 * The events an item's `match` names: by id (the id of its address before corrections, or the
 * id its date and title give now), else by words of its quote, else of its sentence.
 */
function matchingEntries(entries: readonly Entry[], match: string, eventIds: readonly string[] | undefined): Entry[] {
  const live = entries.filter((entry) => !entry.dropped);
  const id = match.trim().toLowerCase();
  const byId = live.filter(
    (entry) => (entry.read !== undefined && eventIds?.[entry.read] === id) || eventId(entry.event.date.value, entry.event.title, new Set()) === id,
  );
  if (byId.length > 0) return byId;
  const pattern = wordsPattern(match);
  const byQuote = live.filter((entry) => entry.event.sources.some((source) => pattern.test(source.quote)));
  return byQuote.length > 0 ? byQuote : live.filter((entry) => pattern.test(entry.event.summary));
}

/** A lower-case slug with a hyphen: what an editor writes for an actor's id. */
const ID_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)+$/u;

/** The actor an id (`david-lammy`, `china`) or a name ("Lammy", "Britain") stands for, if any file or country has it. */
function actorLookup(gazetteer: Gazetteer): (name: string) => Actor | undefined {
  const byId = new Map([...gazetteer.byName.values()].map((actor) => [actor.id, actor]));
  return (name) => byId.get(name) ?? gazetteer.byName.get(name);
}

/** Each actor once, in the order first named. */
function uniqueActors(actors: readonly Actor[]): Actor[] {
  return [...new Map(actors.map((actor) => [actor.id, actor])).values()];
}

/** A date as an editor writes it: a TIMEX3 value (the schema has checked it has a calendar place), maybe with an end. */
function editedDate(value: string, end: string | undefined): EventDate {
  const date: EventDate = { value, precision: datePrecision(value)! };
  return end === undefined ? date : withEnd(date, end);
}

/** Whether an event on `date` is the article's news, as the reading decides it (see `eventKind`). */
function kindOn(date: EventDate, article: Pick<Article, 'date'>): CandidateEvent['kind'] {
  const interval = dayInterval(date.value);
  return interval && article.date !== undefined ? eventKind(interval, article.date) : 'background';
}

/**
 * An event with an item's corrections: a new date replaces the old with its end; an `end` alone
 * keeps the start. Joining a known event takes its title, kind of happening and actors, as a
 * telling the reading recognised would (see analyse.ts), unless the item says otherwise.
 */
function corrected(
  event: CandidateEvent,
  override: EventOverride,
  edits: { known: { event: KnownEvent; actors: Actor[] } | undefined; actors: Actor[] | undefined },
  article: Pick<Article, 'date'>,
): CandidateEvent {
  const { end: _end, endPrecision: _endPrecision, ...start } = event.date;
  const date =
    override.date !== undefined ? editedDate(override.date, override.end) : override.end !== undefined ? withEnd(start, override.end) : event.date;
  const { known } = edits;
  const { titleRules, ...rest } = event;
  return {
    ...rest,
    ...(known && { knownEventId: known.event.id, title: known.event.title, type: known.event.type ?? event.type, actors: known.actors }),
    date,
    kind: date === event.date ? event.kind : kindOn(date, article),
    ...(override.title === undefined ? {} : { title: override.title }),
    ...(override.type === undefined ? {} : { type: override.type }),
    ...(edits.actors === undefined ? {} : { actors: edits.actors }),
    // The headline rules explain a title Entente made; a title an editor gave has none.
    ...(titleRules === undefined || override.title !== undefined || known !== undefined ? {} : { titleRules }),
  };
}

/**
 * An event an editor added. It rests on the words of `quote` when the article has them (its
 * source then points at them, as a read event's does), else on the item itself in the frontmatter.
 */
function addedEvent(
  add: NonNullable<EventOverride['add']>,
  article: Article,
  actors: Actor[],
  placed: PlacedOverride,
  report: Report,
): CandidateEvent {
  const date = editedDate(add.date, add.end);
  const found = add.quote === undefined ? undefined : findQuote(article, add.quote);
  if (add.quote !== undefined && found === undefined) {
    const reason = `The quote ${JSON.stringify(add.quote)} is not in the article’s text`;
    report(placed.places['add.quote'] ?? placed.place, 'events-quote-not-found', reason, false, 'Copy the words as the article writes them; the event is kept, without a quote');
  }
  const firstBlock = article.blocks[0];
  return {
    date,
    title: add.title,
    summary: found?.sentence ?? add.title,
    actors,
    type: add.type,
    kind: kindOn(date, article),
    edited: 'added',
    // Coded by `recoded`, from the editor's `relation:` or the rules.
    relation: null,
    sources: [
      {
        articleId: article.id,
        articleTitle: article.title,
        ...(article.url === undefined ? {} : { url: article.url }),
        ...(found?.place ?? placed.place),
        anchor: found?.anchor ?? (firstBlock === undefined ? '' : blockAnchor(firstBlock)),
        quote: found?.text ?? '',
        // The article does not write this date: an editor gives it.
        dateText: '',
        dateValue: add.date,
      },
    ],
  };
}

/** Where the article has the words of a quote, as it writes them, with their sentence. */
function findQuote(article: Article, quote: string): { text: string; sentence: string; anchor: string; place: Place } | undefined {
  const pattern = wordsPattern(quote);
  for (const [blockIndex, block] of article.blocks.entries()) {
    const match = pattern.exec(block.text);
    if (match === null) continue;
    const sentence = article.sentences.find(
      (candidate) => candidate.blockIndex === blockIndex && candidate.start <= match.index && match.index < candidate.end,
    );
    const { line, column } = pointInBlock(block, match.index);
    return { text: match[0], sentence: sentence?.text ?? match[0], anchor: blockAnchor(block), place: { line, column } };
  }
  return undefined;
}
