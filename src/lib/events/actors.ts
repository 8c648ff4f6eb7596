import nlp from 'compromise';
import countries from 'world-countries';
import type { Actor, ActorKind } from './model.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { slugify } from './slug.ts';

/**
 * Country names, alternative spellings, demonyms and capitals, all pointing at one country actor:
 * news writes "Britain", "the UK", "British" and "London" (for its government) for the same party.
 */
function buildCountryGazetteer(): Map<string, Actor> {
  const gazetteer = new Map<string, Actor>();
  for (const country of countries) {
    const actor: Actor = { id: slugify(country.name.common), name: country.name.common, kind: 'country' };
    const names = [
      country.name.common,
      country.name.official,
      ...country.altSpellings.filter((spelling) => spelling.length > 2 || spelling === 'UK' || spelling === 'US'),
      country.demonyms?.eng?.m,
      country.demonyms?.eng?.f,
      ...country.capital,
    ];
    for (const name of names) {
      if (name && !gazetteer.has(name)) gazetteer.set(name, actor);
    }
  }
  return gazetteer;
}

const COUNTRY_GAZETTEER = buildCountryGazetteer();
const UNITED_KINGDOM = COUNTRY_GAZETTEER.get('United Kingdom');
if (UNITED_KINGDOM) {
  // "Britain" is the commonest name for the UK in news and missing from the country list.
  COUNTRY_GAZETTEER.set('Britain', UNITED_KINGDOM);
}

const COUNTRY_NAME_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...COUNTRY_GAZETTEER.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Job titles compromise keeps inside a person's name ("Secretary David Lammy"). */
const LEADING_TITLE =
  /^(?:(?:then|former|late|new|British|Chinese|US|Foreign|Prime|Vice|Deputy|Premier|Minister|Secretary|President|Chancellor|Director|General|Associate|Mr|Mrs|Ms|Dr)\.?\s+)+/u;

function cleanName(text: string): string {
  return text
    .replace(/[“”"‘’']s\b/gu, '')
    .replace(/[“”"‘’,.;:!?()]/gu, '')
    .replace(/’s$|'s$/u, '')
    .trim();
}

function personName(text: string): string {
  return cleanName(text).replace(LEADING_TITLE, '').trim();
}

/**
 * The people, countries and organisations a sentence names, each once, in order of first mention.
 * `knownPeople` ties a short later mention ("Wang") to the article's earlier full name ("Wang Yi").
 *
 * @example
 * findActors('Lammy met Wang Yi in Beijing.', []).map((actor) => actor.id)
 * //=> ['lammy', 'wang-yi', 'china']
 */
export function findActors(sentence: string, knownPeople: readonly Actor[]): Actor[] {
  const found: Array<{ at: number; actor: Actor }> = [];
  const doc = nlp(sentence);
  const add = (text: string, kind: ActorKind, name: string): void => {
    if (name.length < 2 || COUNTRY_GAZETTEER.has(name)) return;
    const known = kind === 'person' ? knownPeople.find((person) => nameExtends(person.name, name)) : undefined;
    found.push({ at: sentence.indexOf(text), actor: known ?? { id: slugify(name), name, kind } });
  };
  for (const text of doc.people().out('array') as string[]) add(text, 'person', personName(text));
  for (const text of doc.organizations().out('array') as string[]) add(text, 'organisation', cleanName(text));
  // A later short mention ("Wang") that compromise does not see as a name: the most recent
  // person of the article whose name has that word.
  for (const person of [...knownPeople].reverse()) {
    const at = person.name
      .split(/\s+/u)
      .filter((part) => part.length >= 3)
      .map((part) => new RegExp(`(?<!\\p{L})${escapeRegExp(part)}(?!\\p{L})`, 'u').exec(sentence)?.index)
      .find((index) => index !== undefined);
    if (at !== undefined && !found.some((entry) => entry.at === at)) found.push({ at, actor: person });
  }
  for (const match of sentence.matchAll(COUNTRY_NAME_PATTERN)) {
    const actor = COUNTRY_GAZETTEER.get(match[1] ?? '');
    if (actor) found.push({ at: match.index, actor });
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map(({ actor }) => actor)
    .filter((actor) => !seen.has(actor.id) && seen.add(actor.id));
}

/** "Wang Yi" extends "Wang" and "Yi"; "Lammy" extends "David Lammy" the other way round. */
function nameExtends(fullName: string, shortName: string): boolean {
  const full = fullName.split(/\s+/u);
  const short = shortName.split(/\s+/u);
  return short.every((part) => full.includes(part)) || full.every((part) => short.includes(part));
}
