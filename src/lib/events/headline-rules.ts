/**
 * The rules that turn a first headline (`headline()` in title.ts: the dated clause in the present
 * tense) into a title a historian would write: the speaker for "I" and "we", no pronoun subject,
 * short without being cut off mid-phrase. Each rule has an id and a reason so that
 * `entente check --events` can say how every title was made, and when none could be made.
 */
import type { Actor, EventType } from './model.ts';
import { conjugateVerb, parseEnglish, taggedTerms } from './parse-english.ts';
import { eventType } from './event-type.ts';
import { verbalise, withoutRoles } from './title.ts';
import { PARLIAMENTARY_FRIEND, officeOfFriend } from './parliament.ts';

/** What the rules know beyond the draft title. */
export interface HeadlineContext {
  /** Who says "I" and "we" where the sentence stands (see speaker.ts). */
  speaker?: string | undefined;
  /**
   * The noun phrase an opening "They", "It" or "These" stands for, when it is known. It may be a
   * getter that reads the sentence before: rules ask for it only when the title needs it, and
   * nothing copies or spreads the context (that would read it).
   */
  antecedent?: string | undefined;
  type: EventType;
  actors: readonly Actor[];
  /** The words of the sentence just before its date ("… at my meeting with the Taoiseach in Dublin on"). */
  beforeDate?: string | undefined;
  /** The words of the sentence right after its date ("Korean War" after "the 1950-53"). */
  afterDate?: string | undefined;
  /** Whether the sentence dates several happenings ("the Convention of Calcutta (1890), the trade regulations of 1908 …"). */
  several?: boolean | undefined;
}

export interface HeadlineRule {
  id: string;
  reason: string;
  /** The rewritten title, or undefined when the rule does not apply. */
  apply(title: string, context: HeadlineContext): string | undefined;
}

/** A title a historian can use: at most this long. */
export const HEADLINE_MAX_LENGTH = 70;
/** Longer than this, a title is no title: the gate refuses it. */
const HEADLINE_LIMIT = HEADLINE_MAX_LENGTH + 10;
const HEADLINE_MIN_WORDS = 3;

/**
 * Words a title never ends on: it would be cut off mid-phrase, or before the clause a word such
 * as "what" or "if" opens ("… summons the ambassador over what", cut before "it called …"; "…
 * even if", cut before "Hungary blocks it").
 */
const DANGLING_END =
  /\b(?:and|or|but|of|to|the|a|an|between|from|in|on|at|by|with|for|as|that|which|who|whom|whose|what|whether|if|unless|even|because|although|whereas|its|his|her|their|our|my|this|these|is|are|was|were|be|than|into|about|over|under|after|before|during|only|also|just)$/iu;
/** Pronouns and demonstratives a title never opens on: the reader cannot know whom they mean. */
const PRONOUN_START = /^(?:I|we|he|she|it|they|this|that|these|those|there|us|me|him|them|its|our|my|their)\b/iu;
/** Openings that show a clause was taken from inside a sentence ("From 4 to …", "Will lays …", a question's "Whether they …"). */
const BROKEN_START = /^(?:from|to|in|on|at|by|of|for|with|and|or|but|since|until|while|whereas|whether|will|would|could|should|may|might|can|must|also|only)\b/iu;
/** "I" or "we" with a verb anywhere in a title: the speaker was not named ("… says we meet …"). */
const FIRST_PERSON_INSIDE = /(?<=^|\s)(?:I|[Ww]e)\s+\p{Ll}+/u;
/** Publication lines and page labels, which are never events. */
const FURNITURE = /^\(?\s*(?:date|published|updated|last updated|posted|statement|speaker['’]s statement|contents|share|print)\b/iu;

/**
 * Why a title cannot be published, or undefined when it can.
 *
 * @example
 * headlineDefect('Talks held at the ministerial level on 1 and') //=> 'ends mid-phrase on "and"'
 */
export function headlineDefect(title: string): string | undefined {
  const text = title.trim();
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length < HEADLINE_MIN_WORDS) return `fewer than ${HEADLINE_MIN_WORDS} words`;
  if (text.includes('…')) return 'cut off with an ellipsis';
  if (PRONOUN_START.test(text)) return `opens on the pronoun "${words[0]}"`;
  const firstPerson = FIRST_PERSON_INSIDE.exec(text);
  if (firstPerson) return `speaks in the first person ("${firstPerson[0]}")`;
  if (BROKEN_START.test(text)) return `opens on "${words[0]}", inside a clause`;
  if (FURNITURE.test(text)) return 'a page label, not a happening';
  if (PARLIAMENTARY_FRIEND.test(text)) return 'names someone only as "my hon. Friend"';
  const dangling = DANGLING_END.exec(text.replace(/[\s.,;:!?]+$/u, ''));
  if (dangling) return `ends mid-phrase on "${dangling[0]}"`;
  if (/[(“"‘]/u.test(text.replace(/\([^)]*\)|“[^”]*”|"[^"]*"|‘[^’]*’/gu, ''))) return 'an unclosed bracket or quotation';
  if (!/^[\p{Lu}\d“"‘]/u.test(text)) return 'does not open on a capital';
  if (parseEnglish(text).has('^(#PastTense|#Modal|#Auxiliary)')) return `opens on the verb "${words[0]}", without its subject`;
  return undefined;
}

/** A Hansard turn opening the sentence: "§ Mr. HanleyMy right hon. Friend …" speaks as "My right hon. Friend …". */
const HANSARD_TURN = /^(?:§\s*(?:\d+\.\s*)?(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Baroness)\.?\s+)?)?\p{Lu}[\p{Ll}'’-]+(?=(?:My|Our|I)\s)/u;

/**
 * Where a long title may stop, best first: before a clause of its own (a purpose "to discuss …",
 * a second predicate "and underlined …", a relative or a participle clause, "including"), else
 * before a preposition. Never before "of", which belongs to the noun before it.
 */
const CLAUSE_BREAK = /(?<!\b(?:expected|due|set|about|going|likely|able|plans?|planned|agree[sd]?|decide[sd]?|wants?|wanted|hopes?|hoped|tries|tried|seeks?|sought|aims?|aimed|intends?|intended|asks?|asked|invites?|invited|urges?|urged|pledges?|pledged|vows?|vowed|promises?|promised|refuses?|refused|offers?|offered))\s+(?=(?:that|he|she|they|it|we)\s+\p{Ll}+(?:ed|s)\b|(?:to\s+(?!the\b|a\b|an\b)\p{Ll}+|and\s+\p{Ll}+(?:ed|s)\b|which|who|whom|whose|where|including|as well as|along with|together with|and other|and others|in order to|in a bid to|as part of|so that|even if|even though|while|whereas|because|amid|following|despite|during|endorsing|accusing|calling|urging|marking|ending|aiming|seeking)\b)|\s*,\s*/gu;
/** The last resort: before "of", which leaves the noun it belongs to without its complement ("the denuclearisation"). */
const OF_BREAK = /\s+(?=of\s)/gu;
const PHRASE_BREAK = /\s+(?=(?:after|before|during|through|with|within|for|from|between|at|in|on|by|over|under|into|about|against|among|as)\b|to\s+(?:the\s|\p{Lu}))/gu;
/** Where a title may stop, best first: within the aim if a phrase allows, else within the most a title may have. */
const PHRASE_BREAKS: ReadonlyArray<readonly [RegExp, number]> = [
  [CLAUSE_BREAK, HEADLINE_MAX_LENGTH],
  [PHRASE_BREAK, HEADLINE_MAX_LENGTH],
  [CLAUSE_BREAK, HEADLINE_LIMIT],
  [PHRASE_BREAK, HEADLINE_LIMIT],
];

/** Whether a cut title's only verb is its last word ("David Lammy meets"): the verb lost what it needs. */
function endsOnItsVerb(cut: string): boolean {
  const verbs = taggedTerms(cut).filter((term) => term.tags.includes('Verb'));
  const last = verbs.at(-1);
  return verbs.length === 1 && last !== undefined && last.start + last.text.length >= cut.length && !last.tags.includes('PastTense');
}

/** Cut a title at the last break of the best kind that leaves it within the length, never on a dangling word. */
function shortenAtPhrase(title: string, breaks: ReadonlyArray<readonly [RegExp, number]> = PHRASE_BREAKS): string | undefined {
  if (title.length <= HEADLINE_MAX_LENGTH) return undefined;
  for (const [pattern, limit] of breaks) {     const found = [...title.matchAll(pattern)].map((match) => match.index).filter((index) => index <= limit);
    for (const at of found.reverse()) {
      const cut = title.slice(0, at).replace(/[\s,;:—–-]+$/u, '');
      // The verb keeps what it needs: "meets" alone, cut before "with Ding Xuexiang", says nothing.
      if (cut.split(/\s+/u).length >= HEADLINE_MIN_WORDS && !DANGLING_END.test(cut) && parseEnglish(cut).has('#Verb') && !endsOnItsVerb(cut)) return cut;
    }
  }
  return undefined;
}

/** Kinds of happening as a noun, for a title made from the event's type and actors. */
const TYPE_NOUN: Readonly<Record<EventType, string>> = {
  visit: 'Visit',
  meeting: 'Talks',
  statement: 'Statement',
  agreement: 'Agreement',
  law: 'Law',
  sanction: 'Sanctions',
  transfer: 'Transfer',
  protest: 'Protest',
  office: 'Change of office',
  trade: 'Trade',
  conflict: 'Conflict',
  other: 'Event',
};

function listNames(names: readonly string[]): string {
  const shown = names.map(inText);
  return shown.length <= 2 ? shown.join(' and ') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/**
 * A plain title from what is known for sure, when the sentence gives no usable headline:
 * "Talks between Hanley and Qian", "Visit by Field to Japan", "Agreement between India and China".
 */
export function templateHeadline({ type, actors }: Pick<HeadlineContext, 'type' | 'actors'>): string | undefined {
  const people = actors.filter((actor) => actor.kind === 'person').map((actor) => actor.name);
  const parties = actors.filter((actor) => actor.kind === 'country' || actor.kind === 'organisation').map((actor) => actor.name);
  const places = actors.filter((actor) => actor.kind === 'place' || actor.kind === 'country').map((actor) => actor.name);
  const noun = TYPE_NOUN[type];
  const visitor = people[0] ?? parties[0];
  const visited = places.find((place) => place !== visitor);
  if (type === 'visit' && visitor !== undefined && visited !== undefined) return `Visit by ${inText(visitor)} to ${inText(visited)}`;
  const who = people.length >= 2 ? people.slice(0, 3) : parties.length >= 2 ? parties.slice(0, 3) : [...people, ...parties].slice(0, 3);
  // "Event by the United Kingdom" says nothing a reader can use: a template needs a kind of
  // happening, and one party is enough only for a person's statement ("Statement by Lord Lyell").
  if (type === 'other' || who.length === 0) return undefined;
  if (who.length === 1) return type === 'statement' && people.length === 1 ? `${noun} by ${who[0]}` : undefined;
  return `${noun} between ${listNames(who)}`;
}

/** Nouns of happenings a date may be written right after: "my meeting with the Taoiseach in Dublin on 8 December 1980". */
const HAPPENING_NOUN =
  /\b(?:meeting|visit|talks|summit|conference|negotiations?|agreement|treaty|accord|convention|declaration|regulations|war|invasion|election|referendum|ceremony|signing|communiqué|communique|dialogue|mission|deal|pact|protests?|demonstrations?|elections?|coup|attack|assassination|uprising|riots?)\b/giu;
/** What may follow the happening noun up to the date: one prepositional phrase ("with the Taoiseach in Dublin"). */
const HAPPENING_TAIL = /^(?:\s+(?:with|between|of|in|to|on|concerning|for|at)\s+[^,;:()]*?)?$/u;
/** Words that end the modifiers before the noun: determiners, pronouns, prepositions, conjunctions. */
const NOT_A_MODIFIER = /^(?:the|a|an|my|his|her|their|our|its|this|that|these|those|at|in|on|of|to|for|by|with|and|or|but|as|from|is|was|were|are|be|been)$/iu;
const MAX_MODIFIERS = 3;
/** Tags of words that cannot stand before a happening's noun as part of its name. */
const NOT_A_MODIFIER_TAGS: ReadonlySet<string> = new Set(['Verb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Honorific']);

/**
 * The happening a date is written right after, as a noun phrase: "Meeting with the Taoiseach in
 * Dublin", "Seven Point Agreement", "Anglo Chinese trade regulations". Undefined when the words
 * before the date name none.
 *
 * @example
 * datedNounPhrase('the Joint Studies commissioned at my meeting with the then Taoiseach in Dublin on ') //=> 'Meeting with the Taoiseach in Dublin'
 */
export function datedNounPhrase(beforeDate: string): string | undefined {
  const text = beforeDate.replace(/\s+/gu, ' ').replace(/\s*(?:,|\(|\b(?:on|in|of|at|during|from|since|dated))?\s*$/iu, '');
  const noun = [...text.matchAll(HAPPENING_NOUN)].reverse().find((match) => HAPPENING_TAIL.test(text.slice(match.index + match[0].length)));
  if (noun === undefined) return undefined;
  const before = taggedTerms(text.slice(0, noun.index));
  let start = noun.index;
  for (let k = before.length - 1, count = 0; k >= 0 && count < MAX_MODIFIERS; k--, count++) {
    const { text: word, tags, start: at } = before[k]!;
    // A name in the possessive ("Lammy's meeting") owns the happening; it is no part of its name.
    if (NOT_A_MODIFIER.test(word) || /[^\p{L}’'-]/u.test(word) || /['’]s$/u.test(word) || tags.some((tag) => NOT_A_MODIFIER_TAGS.has(tag))) break;
    start = at;
  }
  let phrase = text.slice(start).replace(/\bthe then\b/giu, 'the').trim();
  // "the mass protests of …": a short phrase keeps its article, to read as a title.
  if (phrase.split(/\s+/u).length < HEADLINE_MIN_WORDS && /\bthe\s+$/iu.test(text.slice(0, start))) phrase = `the ${phrase}`;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** The rule that titles an event by the happening its date is written after, when the sentence gives no usable headline. */
export const DATED_NOUN_RULE = {
  id: 'headline-dated-noun',
  reason: 'the sentence dates several happenings, or gives no usable headline, and this date is written right after a happening ("the trade regulations of 1908", "my meeting with the Taoiseach in Dublin on 8 December 1980"): the title is that happening',
} as const;

/** Words that say how strongly something was said or done, or when the text was written, not what happened. */
const MANNER =
  /\s+(?:in the (?:strongest|clearest|most robust) (?:possible )?terms|strongly|firmly|warmly|unequivocally|resolutely|categorically|once again|again|further|also|today|yesterday|tonight|this (?:morning|afternoon|evening))(?=\s|$)/gu;

/** The rule that titles an event by the named happening its date is part of. */
export const NAMED_AFTER_DATE_RULE = {
  id: 'headline-named-after-date',
  reason: 'a date written inside the name of a happening ("the 1950–53 Korean War", "the 2011 Libyan civil war") dates that happening: the title is its name',
} as const;

/**
 * The happening a date is part of the name of: "the 1950-53 " + "Korean War to …" → "The Korean War".
 *
 * @example
 * happeningNamedAfter('… talks to formally end the ', ' Korean War.') //=> 'The Korean War'
 * happeningNamedAfter('… signed in ', ', ending the war.') //=> undefined
 */
export function happeningNamedAfter(beforeDate: string, afterDate: string): string | undefined {
  if (!/\bthe\s+$/iu.test(beforeDate)) return undefined;
  const name = NAME_AFTER_DATE.exec(afterDate)?.[1];
  if (name === undefined) return undefined;
  const title = `The ${name}`;
  return headlineDefect(title) === undefined ? title : undefined;
}

/** Capitalised words ending in a happening's noun, right after a date: " Korean War", " Libyan civil war". */
const NAME_AFTER_DATE =
  /^\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:[Cc]ivil\s+)?(?:[Ww]ar|[Cc]risis|[Rr]evolution|[Uu]prising|[Cc]onference|[Ss]ummit|[Oo]lympics|[Ee]lection|[Rr]eferendum|[Ii]nvasion|[Cc]oup|[Aa]ccords?|[Tt]reaty|[Dd]eclaration))\b/u;

/** The rule that titles an event by the happening of a circumstance phrase its date is written after. */
export const DATED_CIRCUMSTANCE_RULE = {
  id: 'headline-dated-circumstance',
  reason:
    'a date written right after a happening in a circumstance ("… set out during her visit to Japan last August") dates that happening, not the clause around it: the title is the happening, told by whoever "her", "his" or "my" stands for',
} as const;

/** The words that open a circumstance phrase, with the happening's owner: "during her", "at my", "after the". */
const CIRCUMSTANCE_OPENING = /\b(?:during|at|after|following|before|in the course of)\s+(?:(his|her|their|my|our)\s+|the\s+)?(?:(?:first|second|last|recent|official|state|historic)\s+)*$/iu;
/** Offices that stand for a person in running text: "the Prime Minister set out during her visit". */
const OFFICE = /\b(?:the\s+)?(?:(?:Vice|Deputy|Foreign|Prime|Home|Defence|Trade)\s+)?(?:Prime Minister|President|Premier|Chancellor|Foreign Secretary|Foreign Minister|Secretary of State|Secretary-General|Minister|King|Queen|Taoiseach)\b/gu;

/**
 * The happening of the circumstance phrase right before a date ("during her visit to Japan "), told
 * with its owner when the sentence says who that is: "The Prime Minister visits Japan".
 *
 * @example
 * datedCircumstance('I am glad to build on the vision the Prime Minister set out during her visit to Japan ', { type: 'visit', actors: [] })
 * //=> 'The Prime Minister visits Japan'
 */
export function datedCircumstance(
  beforeDate: string,
  context: Pick<HeadlineContext, 'speaker' | 'actors' | 'type'>,
  phrase: string | undefined = datedNounPhrase(beforeDate),
): string | undefined {
  if (phrase === undefined) return undefined;
  const text = beforeDate.replace(/\s+/gu, ' ');
  const at = text.toLowerCase().lastIndexOf(phrase.toLowerCase());
  const opening = at < 0 ? null : CIRCUMSTANCE_OPENING.exec(text.slice(0, at));
  if (opening === null) return undefined;
  const possessive = opening[1]?.toLowerCase();
  const earlier = text.slice(0, opening.index);
  const owner =
    possessive === 'my' || possessive === 'our'
      ? context.speaker
      : possessive === undefined
        ? undefined
        : (context.actors.filter((actor) => actor.kind === 'person' && earlier.includes(actor.name)).at(-1)?.name ?? [...earlier.matchAll(OFFICE)].at(-1)?.[0]);
  const told = owner === undefined ? undefined : verbalise(`${owner.charAt(0).toUpperCase()}${owner.slice(1)}’s ${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}`);
  return told ?? (headlineDefect(phrase) === undefined ? phrase : undefined);
}

/** An office as a name inside a title: "the Prime Minister", not "The Prime Minister". */
function inText(name: string): string {
  return name.replace(/^The\s/u, 'the ');
}

/** Whether a title opens on a verb in the present, maybe after adverbs: "Strongly condemns …", "Welcomes …". */
function opensOnPresentVerb(title: string): boolean {
  const terms = taggedTerms(title);
  const verb = terms.find((term) => !term.tags.includes('Adverb'));
  return verb !== undefined && verb.tags.includes('PresentTense') && !verb.tags.includes('Noun') && /s$/u.test(verb.text);
}

/** Names a title may write short, longest first. */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:United Nations |UN )?Security Council [Rr]esolution\b/gu, 'Resolution'],
  [/\bPeople['’]s Republic of China\b/gu, 'China'],
  [/\bUnited Nations\b/gu, 'UN'],
  [/\bEuropean Union\b/gu, 'EU'],
  [/\b(?:the )?United States of America\b/gu, 'the US'],
  [/\bUnited Kingdom\b/gu, 'UK'],
];

/** "X is a resolution …", "X are a pair of agreements …": a definition by the copula and an article. */
const DEFINITION = /^(.+?)\s+(?:is|are|was|were)\s+(?:a|an|the)\s/u;
/** Demonyms before an office ("Egyptian President Anwar Sadat"): a title names the person. */
const DEMONYM_OFFICE = /\b\p{Lu}\p{Ll}+(?:an|ish|ese|i|ic)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/gu;

/**
 * The happening a definition tells, or undefined: "The Camp David Accords is a pair of agreements
 * signed by Anwar Sadat and Menachem Begin" → "Anwar Sadat and Menachem Begin sign the Camp David
 * Accords"; "Resolution 2231 is a resolution endorsing the Plan" → "Resolution 2231 endorses the Plan".
 *
 * @example
 * definedHappening('Resolution 2231 is a resolution endorsing the Joint Comprehensive Plan of Action')
 * //=> 'Resolution 2231 endorses the Joint Comprehensive Plan of Action'
 */
export function definedHappening(title: string): string | undefined {
  const definition = DEFINITION.exec(title);
  if (definition === null) return undefined;
  const subject = definition[1]!;
  const rest = title.slice(definition[0].length);
  // The first verb after the defining noun: a participle ("signed") or a gerund ("endorsing").
  const verb = taggedTerms(rest).find((term, index) => index > 0 && term.tags.includes('Verb') && !term.tags.includes('Auxiliary'));
  if (verb === undefined || !(verb.tags.includes('Gerund') || verb.tags.includes('PastTense') || verb.tags.includes('Participle'))) return undefined;
  const after = rest.slice(verb.start + verb.text.length);
  if (verb.tags.includes('Gerund')) return `${subject} ${conjugateVerb(verb.text, 'Gerund').PresentTense ?? verb.text}${after}`;
  const agent = /^\s+by\s+([^,;]+?)(?=\s+(?:on|in|at|during|after|following|for|to)\s|[,;]|$)/u.exec(after)?.[1];
  const object = subject.replace(/^The\s/u, 'the ');
  if (agent === undefined) return `${subject} ${verb.text}${after.replace(/^\s+by\b.*$/u, '')}`;
  const agents = withoutRoles(agent.replace(DEMONYM_OFFICE, ''));
  const present = conjugateVerb(verb.text, 'PastTense');
  return `${agents} ${(/\band\b/u.test(agents) ? present.Infinitive : present.PresentTense) ?? verb.text} ${object}`;
}

/** The third-person present of a verb in the past or the plain form: "met" → "meets", "welcome" → "welcomes". */
function presentOf(verb: string): string {
  const past = taggedTerms(verb)[0]?.tags.includes('PastTense') === true;
  return conjugateVerb(verb, past ? 'PastTense' : 'Infinitive').PresentTense ?? verb;
}

/**
 * The happening named right before a date, told by its owner when a name owns it: "David Lammy's
 * meeting with Wang Yi in Beijing in …" → "David Lammy meets with Wang Yi in Beijing".
 *
 * @example
 * listedHappening("Her trip follows Foreign Secretary David Lammy's meeting with Wang Yi in Beijing in ")
 * //=> 'David Lammy meets with Wang Yi in Beijing'
 */
export function listedHappening(beforeDate: string, phrase: string | undefined = datedNounPhrase(beforeDate)): string | undefined {
  if (phrase === undefined) return undefined;
  const text = beforeDate.replace(/\s+/gu, ' ');
  const at = text.toLowerCase().lastIndexOf(phrase.toLowerCase());
  const owner = at < 0 ? undefined : /(?:\p{Lu}[\p{L}-]*\s)*\p{Lu}[\p{L}-]*['’]s\s$/u.exec(text.slice(0, at))?.[0];
  return (owner === undefined ? undefined : verbalise(withoutRoles(`${owner}${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}`))) ?? phrase;
}

/** The rule that keeps a clause's headline over the happening its date is written after, when both tell one happening. */
export const CLAUSE_TELLS_HAPPENING_RULE = {
  id: 'headline-clause-tells-happening',
  reason:
    'in a sentence that dates several happenings, a happening written right before a date ("… at a closed-door meeting in Beijing on Tuesday") is only where the clause\'s own happening took place when the clause tells the same kind of happening ("Mudavadi met Wang Yi …"): the title is the clause, which says who took part',
} as const;

/**
 * Whether the clause's headline tells the happening named before the date: a usable title whose
 * own words, the happening's left out, tell the same kind of happening (a meeting "met" at "a
 * meeting"; not studies "commissioned" at a meeting).
 *
 * @example
 * clauseTellsHappening('Mudavadi meets Wang Yi at a closed-door meeting in Beijing', 'Closed-door meeting in Beijing') //=> true
 * clauseTellsHappening('The Joint Studies commissioned at my meeting with the Taoiseach in Dublin', 'Meeting with the Taoiseach in Dublin') //=> false
 */
export function clauseTellsHappening(draft: string, noun: string | undefined): boolean {
  if (noun === undefined || headlineDefect(draft) !== undefined) return false;
  const at = draft.toLowerCase().lastIndexOf(noun.toLowerCase());
  if (at < 0) return false;
  const type = eventType(noun, '');
  return type !== 'other' && eventType(`${draft.slice(0, at)}${draft.slice(at + noun.length)}`, '') === type;
}

/** The rules, in the order they rewrite a draft; the template and the gate come after them. */
export const HEADLINE_RULES: readonly HeadlineRule[] = [
  {
    id: 'headline-no-aside',
    reason: 'a parenthesis or a bracketed reference is an aside, not part of the happening',
    apply: (title) => {
      // An aside the clause cut before its closing bracket ("… in Panmunjom (0030 GMT") goes too.
      const without = title.replace(/\s*\([^()]*(?:\)|$)/gu, '').replace(/\s*\[[^\]]*(?:\]|$)/gu, '').replace(/\s{2,}/gu, ' ').trim();
      return without === title ? undefined : without;
    },
  },
  {
    id: 'headline-speaker',
    reason: 'a speech or statement says "I" and "we": the title names who speaks, in the third person',
    apply: (draft, context) => {
      const { speaker } = context;
      const title = draft.replace(HANSARD_TURN, '');
      const friend = PARLIAMENTARY_FRIEND.exec(title);
      // "My right hon. Friend the Foreign Secretary" names an office; "My hon. Friend expects" names
      // the one the sentence before named ("My right hon. Friend the Foreign Secretary has met …").
      if (friend) {
        const named = officeOfFriend(title) ?? (context.antecedent === undefined ? undefined : `${context.antecedent} ${title.slice(friend[0].length)}`);
        return named ?? (title === draft ? undefined : title);
      }
      // "Our trade ministers will meet …": whose they are is the speaker's side, which a title need not say.
      if (/^(?:Our|My)\s+\p{Ll}/u.test(title)) return title.replace(/^(?:Our|My)\s+/u, 'The ');
      // "President Hollande and I negotiate": the speaker is one of the subjects.
      if (speaker !== undefined && /\band I\b/u.test(title)) return title.replace(/\band I\b/u, `and ${inText(speaker)}`);
      // A communiqué's operative paragraph has no subject ("Strongly condemns the coup …"): its speaker is.
      if (speaker !== undefined && opensOnPresentVerb(title)) return `${speaker} ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
      if (speaker === undefined || !/^(?:I|We)\b/u.test(title)) return title === draft ? undefined : title;
      // "We welcome" → "The Council welcomes": the speaker is one, whoever "we" were.
      return title
        .replace(/^We\s+(?!to\b)((?:(?:last|also|first|jointly|recently|previously|once|again|both|all|then|now|still|further|fully|strongly|warmly|already)\s+)*)(\p{Ll}+)/u, (_, adverbs: string, verb: string) => `We ${adverbs}${presentOf(verb)}`)
        .replace(/^(?:I|We)\b/u, speaker);
    },
  },
  {
    id: 'headline-antecedent',
    reason: 'a title never opens on a pronoun: "They", "It", "These" become what they stand for',
    apply: (title, context) => {
      // Only now is the sentence before read (a getter in analyseArticle).
      const antecedent = /^(?:They|It|These|Those|This)\b/u.test(title) ? context.antecedent : undefined;
      if (antecedent === undefined) return undefined;
      return title.replace(/^(?:They|It|These|Those|This)\b/u, antecedent);
    },
  },
  {
    id: 'headline-definition',
    reason:
      'an encyclopedia defines a thing by its happening ("X was a resolution endorsing Y", "X were agreements signed by A and B"): the title tells the happening ("X endorses Y", "A and B sign X")',
    apply: (title) => definedHappening(title),
  },
  {
    id: 'headline-possessive',
    reason: 'a title never opens on "Its", "His" or "Their": the happening is named with "The" ("Its second stage was held …" → "The second stage is held …")',
    apply: (title) => (/^(?:Its|His|Her|Their)\s+\p{Ll}/u.test(title) ? title.replace(/^(?:Its|His|Her|Their)\b/u, 'The') : undefined),
  },
  {
    id: 'headline-no-manner',
    reason: 'how strongly something was said ("condemned in the strongest terms", "strongly welcomed") and when the text was written ("today") are no part of what happened, and "the members of the Security Council" act as the Council',
    apply: (title) => {
      const plain = title
        .replace(MANNER, '')
        .replace(/^The members of the (?=\p{Lu})/u, 'The ')
        .replace(/\s{2,}/gu, ' ')
        .trim();
      return plain === title ? undefined : plain;
    },
  },
  {
    id: 'headline-no-dangling',
    reason: 'a clause cut from its sentence may end on a connective ("… a milestone which"): the title stops before it',
    apply: (title) => {
      let cut = title.replace(/[\s,;:—–-]+$/u, '');
      while (DANGLING_END.test(cut)) cut = cut.replace(DANGLING_END, '').replace(/[\s,;:—–-]+$/u, '');
      return cut === title || cut.split(/\s+/u).length < HEADLINE_MIN_WORDS ? undefined : cut;
    },
  },
  {
    id: 'headline-abbreviate',
    reason: `a title longer than ${HEADLINE_MAX_LENGTH} characters writes the names every reader knows short ("UN", "EU", "US", "UK", "Resolution 2231") before anything is cut`,
    apply: (title) => {
      if (title.length <= HEADLINE_MAX_LENGTH) return undefined;
      const short = ABBREVIATIONS.reduce((text, [long, abbreviation]) => text.replace(long, abbreviation), title);
      return short === title ? undefined : short;
    },
  },
  {
    id: 'headline-short',
    reason: `a title says who did what in at most ${HEADLINE_MAX_LENGTH} characters, stopping at a phrase, never mid-phrase`,
    apply: (title) => shortenAtPhrase(title),
  },
];

/** A title and the rules that made it, or the reason no title could be made. */
export type HeadlineOutcome = { title: string; rules: string[] } | { title?: undefined; rules: string[]; defect: string };

/** The rule that replaces a draft no rule could mend with a plain one from the event's type and actors. */
export const TEMPLATE_RULE = {
  id: 'headline-template',
  reason: 'the sentence gives no usable headline: the title says the kind of happening and who took part',
} as const;

/** The last way to a title: a long one cut before "of". */
export const CUT_BEFORE_OF_RULE = {
  id: 'headline-cut-before-of',
  reason: `a title too long for ${HEADLINE_MAX_LENGTH} characters that no phrase break, happening or template could replace is cut before an "of" ("… pledge to work for the complete denuclearisation")`,
} as const;

/** The outcome when neither the sentence nor the template gives a usable title. */
export const NO_HEADLINE_RULE = {
  id: 'no-headline',
  reason: 'no title a historian would write could be made from the sentence or from the actors it names',
} as const;

/**
 * Rewrite a draft title by every rule that applies; if it still has a defect, fall back on the
 * template; if that fails too, say why.
 *
 * @example
 * refineHeadline('I meets Mr. Qian twice', { speaker: 'Mr. Hanley', type: 'meeting', actors: [] })
 * //=> { title: 'Mr. Hanley meets Mr. Qian twice', rules: ['headline-speaker'] }
 */
export function refineHeadline(draft: string, context: HeadlineContext): HeadlineOutcome {
  const named = context.beforeDate === undefined || context.afterDate === undefined ? undefined : happeningNamedAfter(context.beforeDate, context.afterDate);
  if (named !== undefined) return { title: named, rules: [NAMED_AFTER_DATE_RULE.id] };
  // The happening written before the date, parsed once for the three rules that ask for it.
  const noun = context.beforeDate === undefined ? undefined : datedNounPhrase(context.beforeDate);
  const circumstance = context.beforeDate === undefined ? undefined : datedCircumstance(context.beforeDate, context, noun);
  // In a sentence that dates several happenings, the one named right before a date is that date's,
  // unless the clause tells it itself (see CLAUSE_TELLS_HAPPENING_RULE).
  const found = circumstance === undefined && context.several === true && context.beforeDate !== undefined ? listedHappening(context.beforeDate, noun) : undefined;
  const toldByClause = found !== undefined && clauseTellsHappening(draft, noun);
  const listed = toldByClause ? undefined : found;
  if (listed !== undefined && headlineDefect(listed) === undefined && listed.length <= HEADLINE_MAX_LENGTH) return { title: listed, rules: [DATED_NOUN_RULE.id] };
  let title = circumstance ?? draft;
  const rules: string[] = circumstance !== undefined ? [DATED_CIRCUMSTANCE_RULE.id] : toldByClause ? [CLAUSE_TELLS_HAPPENING_RULE.id] : [];
  for (const rule of HEADLINE_RULES) {
    const next = rule.apply(title, context);
    if (next === undefined) continue;
    title = next.charAt(0).toUpperCase() + next.slice(1);
    rules.push(rule.id);
  }
  const defect = headlineDefect(title) ?? (title.length > HEADLINE_LIMIT ? 'too long to read as a title' : undefined);
  if (defect === undefined) return { title, rules };
  if (noun !== undefined && headlineDefect(noun) === undefined && noun.length <= HEADLINE_MAX_LENGTH) return { title: noun, rules: [...rules, DATED_NOUN_RULE.id] };
  const template = templateHeadline(context);
  if (template !== undefined && headlineDefect(template) === undefined) return { title: template, rules: [...rules, TEMPLATE_RULE.id] };
  const cut = shortenAtPhrase(title, [[OF_BREAK, HEADLINE_LIMIT]]);
  if (cut !== undefined && headlineDefect(cut) === undefined) return { title: cut, rules: [...rules, CUT_BEFORE_OF_RULE.id] };
  return { rules: [...rules, NO_HEADLINE_RULE.id], defect };
}
