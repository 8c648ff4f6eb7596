import { parseEnglish } from './parse-english.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { isPersonName, namePlaces } from './gazetteer.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Actor, ActorKind } from './model.ts';
import { slugify } from './slug.ts';

/** Job titles compromise keeps inside a person's name ("Secretary David Lammy"). */
const LEADING_TITLE =
  /^(?:(?:then|former|late|new|British|Chinese|US|Foreign|Prime|Vice|Deputy|Premier|Minister|Secretary|President|Chancellor|Director|General|Associate|Mr|Mrs|Ms|Dr|Rt|Right|[Hh]on|Hon(?:ourable|orable))\.?\s+)+/u;

/**
 * A name after a role ("President Xi Jinping", "Vice Premier He Lifeng", "Secretary of State Antony J. Blinken"):
 * compromise misses many non-English names, but news introduces almost every person by role.
 */
const NAME_AFTER_ROLE =
  /\b(?:President|Vice President|Prime Minister|Premier|Vice Premier|Chancellor|(?:Foreign|Home|Defence|Defense|Trade|Business) Secretary|Secretary of State|Secretary|(?:Foreign |Defence |Defense |Trade |Finance )?Minister|King|Queen|Prince|Princess|Pope|Ambassador|Senator|Governor|Chairman|Chairwoman|Mayor|Chief Executive|Director|counterpart|spokesman|spokeswoman|spokesperson|envoy|leader)\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}\.(?=\s+\p{Lu})|\p{Lu}[\p{L}'’-]*|[IVX]+\b)){0,3})/gu;

/** Names that are also calendar words: after "Theresa May", "in May 2020" is a month, not her. */
const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Every word capitalised but small connectors: "Human Rights Watch", not "Advocacy group". */
const PROPER_NAME = /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of|for|and|the|on|de|\p{Lu}[\p{L}\p{N}&.'’-]*))*$/u;

/** A role word alone ("President") names nobody. */
function isRoleOnly(name: string): boolean {
  return `${name} `.replace(LEADING_TITLE, '') === '';
}

function cleanName(text: string): string {
  return text
    .replace(/[“”"‘’']s\b/gu, '')
    .replace(/[“”"‘’,;:!?()]/gu, '')
    // A middle initial keeps its stop ("Antony J. Blinken"); any other stop is punctuation.
    .replace(/(?<!\s\p{Lu})\.|\.(?!\s)/gu, '')
    .replace(/’s$|'s$/u, '')
    .trim();
}

function personName(text: string): string {
  return cleanName(text).replace(LEADING_TITLE, '').trim();
}

/**
 * The people, countries and organisations a sentence names, each once, in order of first mention:
 * the gazetteer's names first, then the names compromise recognises. `knownPeople` ties a short
 * later mention ("Wang") to the article's earlier full name ("Wang Yi").
 *
 * @example
 * findActors('Lammy met Wang Yi in Beijing.', createGazetteer([]), []).map((actor) => actor.id)
 * //=> ['lammy', 'wang-yi', 'china']
 */
export function findActors(sentence: string, gazetteer: Gazetteer, knownPeople: readonly Actor[]): Actor[] {
  const found: Array<{ at: number; end: number; actor: Actor }> = [];
  for (const { index, name } of namePlaces(gazetteer, sentence)) {
    const actor = gazetteer.byName.get(name);
    const end = index + name.length;
    if (actor && !isOtherName(sentence, index, end, actor)) found.push({ at: index, end, actor });
  }
  /** A name found by a later, weaker method counts only where no earlier one found a name. */
  const add = (at: number, text: string, kind: ActorKind, name: string): void => {
    const end = at + text.length;
    if (at < 0 || name.length < 2 || gazetteer.byName.has(name) || isRoleOnly(name)) return;
    if (found.some((entry) => entry.at < end && at < entry.end)) return;
    const known = kind === 'person' ? knownPeople.find((person) => nameExtends(person.name, name)) : undefined;
    found.push({ at, end, actor: known ?? { id: slugify(name), name, kind } });
  };
  for (const match of sentence.matchAll(NAME_AFTER_ROLE)) {
    const text = match[1] ?? '';
    add(match.index + match[0].length - text.length, text, 'person', cleanName(text));
  }
  const doc = parseEnglish(sentence);
  for (const text of doc.people().out('array') as string[]) add(sentence.indexOf(text), text, 'person', personName(text));
  for (const text of doc.organizations().out('array') as string[]) {
    const name = cleanName(text);
    if (PROPER_NAME.test(name)) add(sentence.indexOf(text), text, 'organisation', name);
  }
  // A later short mention ("Wang") that compromise does not see as a name: the most recent
  // person of the article whose name has that word.
  for (const person of [...knownPeople].reverse()) {
    const at = person.name
      .split(/\s+/u)
      .filter((part) => part.length >= 3 && !CALENDAR_WORDS.has(part.toLowerCase()))
      .map((part) => wordPattern(part).exec(sentence)?.index)
      .find((index) => index !== undefined);
    if (at !== undefined && !found.some((entry) => entry.at <= at && at < entry.end)) found.push({ at, end: at, actor: person });
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map(({ actor }) => actor)
    .filter((actor) => !seen.has(actor.id) && seen.add(actor.id));
}

/** Patterns of single name words, made once each: an article's sentences each look for every person named before. */
const WORD_PATTERNS = new Map<string, RegExp>();

/** A pattern for `word` standing alone, not inside a longer word; no 'g' flag, so `exec` keeps no state. */
function wordPattern(word: string): RegExp {
  let pattern = WORD_PATTERNS.get(word);
  if (pattern === undefined) {
    if (WORD_PATTERNS.size >= 4096) WORD_PATTERNS.clear();
    pattern = new RegExp(`(?<!\\p{L})${escapeRegExp(word)}(?!\\p{L})`, 'u');
    WORD_PATTERNS.set(word, pattern);
  }
  return pattern;
}

/**
 * A country's name inside another name: "New Jersey", "New Mexico"; or a country that is also a
 * first name, before a surname: "Jordan Bardella", "Chad Smith".
 */
function isOtherName(sentence: string, start: number, end: number, actor: Actor): boolean {
  if (actor.kind !== 'country') return false;
  if (/\bNew\s$/u.test(sentence.slice(Math.max(0, start - 4), start))) return true;
  const name = sentence.slice(start, end);
  return !/\s/u.test(name) && isPersonName(name) && /^\s+\p{Lu}\p{Ll}/u.test(sentence.slice(end));
}

/** "Wang Yi" extends "Wang" and "Yi"; "Lammy" extends "David Lammy" the other way round. */
function nameExtends(fullName: string, shortName: string): boolean {
  const full = fullName.split(/\s+/u);
  const short = shortName.split(/\s+/u);
  return short.every((part) => full.includes(part)) || full.every((part) => short.includes(part));
}
