import countries from 'world-countries';
import type { KnownActor } from '../knowledge/load.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import type { Actor } from './model.ts';
import { lexiconTags } from './parse-english.ts';
import { slugify } from './slug.ts';

/** Every name an actor goes by, and one pattern that finds them all in a sentence. */
export interface Gazetteer {
  byName: ReadonlyMap<string, Actor>;
  /** Longest names first, so "Hong Kong SAR" wins over "Hong Kong". */
  pattern: RegExp;
}

/** Names news uses that world-countries does not list, by ISO 3166 alpha-2 code. */
const NEWS_NAMES: Readonly<Record<string, readonly string[]>> = { GB: ['Britain'], US: ['America'] };

/** compromise's lexicon knows "Victoria", "Sofia", "Douglas" as people's names. */
const PERSON_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName']);

/** Whether a single word is also a person's name ("Jordan", "Chad", "Victoria"). */
export function isPersonName(word: string): boolean {
  return lexiconTags(word).some((tag) => PERSON_TAGS.has(tag));
}

/** Alternative spellings news writes in English: acronyms ("UK", "PRC", "DPRK") and names of several words ("South Korea"). */
function isEnglishAlternative(spelling: string): boolean {
  return /^[A-Z]{3,5}$/u.test(spelling) || spelling === 'UK' || spelling === 'US' || /\s/u.test(spelling);
}

/**
 * Country names from world-countries: common and official names and English alternatives for
 * every entry; demonyms and capitals, which news also writes for a government ("British",
 * "London"), only for UN members and only when no person goes by the capital's name. A name
 * that two entries share ("American" is also the Northern Mariana Islands') is left out.
 */
function countryNames(): Array<[string, Actor]> {
  const named = countries.flatMap((country) => {
    const actor: Actor = { id: slugify(country.name.common), name: country.name.common, kind: 'country' };
    const governmentNames = country.unMember
      ? [country.demonyms?.eng?.m, country.demonyms?.eng?.f, ...country.capital.filter((capital) => !isPersonName(capital))]
      : [];
    const names = [
      country.name.common,
      country.name.official,
      ...country.altSpellings.filter(isEnglishAlternative),
      ...governmentNames,
      ...(NEWS_NAMES[country.cca2] ?? []),
    ];
    return [...new Set(names.filter((name): name is string => Boolean(name)))].map((name): [string, Actor] => [name, actor]);
  });
  const owners = new Map<string, Set<string>>();
  for (const [name, actor] of named) owners.set(name, (owners.get(name) ?? new Set()).add(actor.id));
  return named.filter(([name]) => owners.get(name)?.size === 1);
}

/**
 * The names of every actor: the countries of the world, then the editors' `content/actors`,
 * whose names and aliases win where both know a name.
 *
 * @example
 * createGazetteer([{ id: 'david-lammy', name: 'David Lammy', kind: 'person', aliases: ['Lammy'] }]).byName.get('Lammy')?.id
 * //=> 'david-lammy'
 */
export function createGazetteer(knownActors: readonly KnownActor[]): Gazetteer {
  const byName = new Map<string, Actor>(countryNames());
  for (const known of knownActors) {
    const actor: Actor = { id: known.id, name: known.name, kind: known.kind };
    for (const [name, existing] of byName) if (existing.id === actor.id) byName.set(name, actor);
    for (const name of [known.name, ...known.aliases]) byName.set(name, actor);
  }
  const alternatives = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { byName, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu') };
}

/** One place a gazetteer name stands in a text: where it starts, and the name as written. */
export interface NamePlace {
  index: number;
  name: string;
}

/** Texts whose names were found, by gazetteer: the most recent ones, emptied when full. */
const PLACES = new WeakMap<Gazetteer, Map<string, readonly NamePlace[]>>();
/** Enough for the sentences, clauses and titles of an article's events, each asked of several times. */
const MAX_REMEMBERED = 512;

/**
 * Where the gazetteer's names stand in `text`, in order: the matches of its pattern. A text is
 * searched once, however many readers ask (the actors of a sentence, then the sides of each
 * event it tells): the pattern, every name of the world's countries at each position, cost more
 * than the rest of those readings.
 *
 * @example
 * namePlaces(createGazetteer([]), 'Britain handed Hong Kong back to China.')
 * //=> [{ index: 0, name: 'Britain' }, { index: 15, name: 'Hong Kong' }, { index: 33, name: 'China' }]
 */
export function namePlaces(gazetteer: Gazetteer, text: string): readonly NamePlace[] {
  let remembered = PLACES.get(gazetteer);
  if (remembered === undefined) PLACES.set(gazetteer, (remembered = new Map()));
  let places = remembered.get(text);
  if (places === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    places = Array.from(text.matchAll(gazetteer.pattern), (match) => ({ index: match.index, name: match[0] }));
    remembered.set(text, places);
  }
  return places;
}
