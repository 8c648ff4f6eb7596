import type { KnownEvent } from '../knowledge/load.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import type { ArticleAnalysis } from './analyse.ts';
import { withEnd } from './event-date.ts';
import type { Actor } from './model.ts';
import type { Gazetteer } from './gazetteer.ts';

/** A known event named in a sentence ("the handover", "since Starmer took office"). */
export interface KnownEventMention {
  knownEvent: KnownEvent;
  /** Its actors, resolved through the gazetteer. */
  actors: Actor[];
  start: number;
  end: number;
}

export interface KnownEventMatcher {
  find(sentence: string): KnownEventMention[];
}

/** Aliases match whatever the case and whichever apostrophe the writer typed. */
function aliasKey(text: string): string {
  return text.toLowerCase().replace(/’/gu, "'");
}

/**
 * Find the editors' known events in sentences by their title and aliases (case-insensitive, whole
 * words). Longer aliases are tried first, so "the Hong Kong handover" wins over "the handover".
 *
 * @example
 * const handover = { id: 'hong-kong-handover', title: 'Hong Kong handover', date: '1997-07-01', aliases: ['the handover'], actors: [] }
 * createKnownEventMatcher([handover], createGazetteer([])).find('Since the handover, ties have cooled.')
 * //=> [{ knownEvent: { id: 'hong-kong-handover', … }, actors: [], start: 6, end: 18 }]
 */
export function createKnownEventMatcher(knownEvents: readonly KnownEvent[], gazetteer: Gazetteer): KnownEventMatcher {
  const entries = knownEvents.flatMap((knownEvent) => {
    const actors = knownEvent.actors
      .map((name) => gazetteer.byName.get(name))
      .filter((actor): actor is Actor => actor !== undefined);
    return [knownEvent.title, ...knownEvent.aliases].map((alias) => ({ alias, knownEvent, actors }));
  });
  entries.sort((a, b) => b.alias.length - a.alias.length);
  const byAlias = new Map(entries.map((entry) => [aliasKey(entry.alias), entry]));
  const pattern =
    entries.length === 0
      ? undefined
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${entries.map((entry) => escapeRegExp(entry.alias).replace(/['’]/gu, "['’]")).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return {
    find(sentence) {
      if (pattern === undefined) return [];
      const mentions: KnownEventMention[] = [];
      for (const match of sentence.matchAll(pattern)) {
        const entry = byAlias.get(aliasKey(match[0]));
        if (entry === undefined || mentions.some((mention) => mention.knownEvent === entry.knownEvent)) continue;
        mentions.push({ knownEvent: entry.knownEvent, actors: entry.actors, start: match.index, end: match.index + match[0].length });
      }
      return mentions;
    },
  };
}

/**
 * An article's events that tell a known event at its known date, made to last as long as the
 * editors say it did (`end:` in `content/events/<id>.md`): an article that recalls "Nixon's visit
 * to China" seldom says it ran from 21 to 28 February 1972, but the timeline should.
 *
 * @example
 * const nixonVisit = { id: 'nixon-visit', title: 'Nixon’s visit to China', date: '1972-02-21', end: '1972-02-28', aliases: [], actors: [] }
 * const telling = { knownEventId: 'nixon-visit', date: { value: '1972-02-21', precision: 'day' } }
 * withKnownEventEnds({ candidates: [telling] }, [nixonVisit]).candidates[0].date
 * //=> { value: '1972-02-21', precision: 'day', end: '1972-02-28', endPrecision: 'day' }
 */
export function withKnownEventEnds(analysis: ArticleAnalysis, knownEvents: readonly KnownEvent[]): ArticleAnalysis {
  const byId = new Map(knownEvents.map((knownEvent) => [knownEvent.id, knownEvent]));
  const candidates = analysis.candidates.map((candidate) => {
    const known = candidate.knownEventId === undefined ? undefined : byId.get(candidate.knownEventId);
    // Only at the known date: a telling dated otherwise ("in 1972") keeps the date it gives.
    if (known?.end === undefined || candidate.date.value !== known.date) return candidate;
    return { ...candidate, date: withEnd(candidate.date, known.end) };
  });
  return { ...analysis, candidates };
}
