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
