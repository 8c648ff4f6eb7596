import countries from 'world-countries';
import type { KnownActor } from '../knowledge/load.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import type { Actor } from './model.ts';
import { slugify } from './slug.ts';

/** Every name an actor goes by, and one pattern that finds them all in a sentence. */
export interface Gazetteer {
  byName: ReadonlyMap<string, Actor>;
  /** Longest names first, so "Hong Kong SAR" wins over "Hong Kong". */
  pattern: RegExp;
}

/**
 * Country names from world-countries: official and common names, alternative spellings, English
 * demonyms and capitals, since news writes "Britain", "the UK", "British" and "London" (for its
 * government) for one party. Two-letter codes are left out ("IN", "IT" are words), but UK and US.
 */
/** Names news uses that world-countries does not list, by ISO 3166 alpha-2 code. */
const NEWS_NAMES: Readonly<Record<string, readonly string[]>> = { GB: ['Britain'] };

function countryNames(): Array<[string, Actor]> {
  return countries.flatMap((country) => {
    const actor: Actor = { id: slugify(country.name.common), name: country.name.common, kind: 'country' };
    const names = [
      country.name.common,
      country.name.official,
      ...country.altSpellings.filter((spelling) => spelling.length > 2 || spelling === 'UK' || spelling === 'US'),
      country.demonyms?.eng?.m,
      country.demonyms?.eng?.f,
      ...country.capital,
      ...(NEWS_NAMES[country.cca2] ?? []),
    ];
    return names.filter((name): name is string => Boolean(name)).map((name): [string, Actor] => [name, actor]);
  });
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
  const byName = new Map<string, Actor>(countryNames().reverse());
  for (const known of knownActors) {
    const actor: Actor = { id: known.id, name: known.name, kind: known.kind };
    for (const [name, existing] of byName) if (existing.id === actor.id) byName.set(name, actor);
    for (const name of [known.name, ...known.aliases]) byName.set(name, actor);
  }
  const alternatives = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { byName, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu') };
}
