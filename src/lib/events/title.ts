import { conjugateVerb, lexiconTags, nounPhrases, parseEnglish, taggedTerms, verbPhrases } from './parse-english.ts';
import type { TaggedTerm } from './parse-english.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { eventType } from './event-type.ts';
import { DATELINE } from './event-rules.ts';
import { PARLIAMENTARY_EPITHET } from './parliament.ts';
import { pluralAntecedent, sentenceSubject } from './coreference.ts';

/** Beyond this length a headline first loses its circumstances; headline-rules.ts shortens it further. */
const TITLE_MAX_LENGTH = 80;

/** Clause boundaries in news sentences: commas, semicolons and dashes. */
// A comma inside a number ("17,500 people") is no boundary.
const CLAUSE_BOUNDARY = /\s*(?:,(?!\d{3}\b)|[;:]|\s[—–]\s|\s-\s)\s*/gu;
/** "and" before a verb in the past joins two predicates of one subject: "… reiterated their support and looked forward to …". */
const AND_BEFORE_WORD = /\s+and\s+(?=(?:also\s+)?(?:(?:are|is|was|were|will|would|have|has|had)\s+)?\p{Ll}+\s)/gu;

/** Words that open a clause but belong to no headline ("But", "with", "Perhaps"). */
const LEADING_FILLER =
  /^(?:(?:and|but|so|yet|also|perhaps|meanwhile|however|then|with|while|as|after|when|once|that|which|who|the\s+(?:former|then)\b[^,]*?\b(?:that|which|who))\s+)+/iu;

/** Titles before a name that a headline drops ("then Prime Minister David Cameron" → "David Cameron"). */
const ROLE_BEFORE_NAME =
  /\b(?:then\s+|former\s+)?(?:(?:British|Chinese|US|American|Russian|French|German|Japanese|Indian|South Korean|North Korean|Foreign|Prime|Vice|Deputy|Chief|Defence|Defense|Home|Finance|Trade|Senior|External Affairs|Foreign Affairs)(?:\s+|-))*(?:Foreign Secretary|Prime Minister|Premier|President|Minister|Secretary|Chancellor|counterpart|Vice Premier|leader)\s+(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?(?=\p{Lu})/gu;

/**
 * A text without the job titles before its names.
 *
 * @example
 * withoutRoles('Foreign Secretary David Lammy meets Wang Yi') //=> 'David Lammy meets Wang Yi'
 */
export function withoutRoles(text: string): string {
  return text.replace(ROLE_BEFORE_NAME, '');
}

/** A relative clause on an apposition: "Hong Kong, the former British colony that London handed back". */
const APPOSITIVE_RELATIVE = /^(?:the|a|an)\s[^,]*?\s(?:that|which)\s+(.+)$/iu;

function clauses(sentence: string): Array<{ start: number; text: string }> {
  const found: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (const boundary of sentence.matchAll(CLAUSE_BOUNDARY)) {
    found.push({ start, text: sentence.slice(start, boundary.index) });
    start = boundary.index + boundary[0].length;
  }
  found.push({ start, text: sentence.slice(start) });
  return joinLists(found.filter((clause) => clause.text.trim() !== '')).flatMap(splitPredicates);
}

/** A list item between commas: a short name or noun phrase with no verb, not a date's leftover ("On"). */
function isListItem(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length <= 4 && /\p{Lu}/u.test(text) && !/^(?:on|in|at|by|from|since|during|after|before|however|but)\b/iu.test(text.trim()) && !hasVerb(text);
}

/**
 * Commas of a list are no clause boundaries: "the United States, the UK, France, and Germany
 * wrote …" is one clause with a plural subject.
 */
function joinLists(found: Array<{ start: number; text: string }>): Array<{ start: number; text: string }> {
  const joined: Array<{ start: number; text: string }> = [];
  let run: Array<{ start: number; text: string }> = [];
  for (const clause of found) {
    if (isListItem(clause.text)) {
      run.push(clause);
      continue;
    }
    if (run.length > 0 && /^\s*(?:and|or)\s/iu.test(clause.text)) {
      joined.push({ start: run[0]!.start, text: [...run, clause].map((item) => item.text.trim()).join(', ') });
    } else {
      joined.push(...run, clause);
    }
    run = [];
  }
  return [...joined, ...run];
}

/** A clause split before a second predicate, when the word after "and" is a verb in the past ("and looked"), not an adjective ("and detailed"). */
function splitPredicates(clause: { start: number; text: string }): Array<{ start: number; text: string }> {
  const at = [...clause.text.matchAll(AND_BEFORE_WORD)].find((match) => {
    const next = taggedTerms(clause.text.slice(match.index + match[0].length))[0];
    // "and came into force", "and are expected to meet": a verb; "and detailed memorandum": no.
    return next !== undefined && next.tags.includes('Verb') && !next.tags.includes('Adjective') && !next.tags.includes('Gerund');
  });
  if (at === undefined) return [clause];
  const second = at.index + at[0].length;
  return [
    { start: clause.start, text: clause.text.slice(0, at.index) },
    { start: clause.start + second, text: clause.text.slice(second) },
  ];
}

function hasVerb(text: string): boolean {
  return parseEnglish(text).has('#Verb');
}

/** The proper name closing a clause ("… has been Hong Kong" → "Hong Kong"), for a relative clause's object. */
function lastProperName(text: string): string | undefined {
  return /((?:\p{Lu}[\p{L}’'-]*\s?)+)$/u.exec(text.trim())?.[1]?.trim();
}

/** The most words an antecedent taken from the clause before may have. */
const ANTECEDENT_MAX_WORDS = 8;

/** A clause that is only a past participle and what follows it ("signed in Beijing"). */
const REDUCED_RELATIVE = /^\p{Ll}+(?:ed|en|wn|ld|nt)\b/u;

/**
 * A relative clause after a comma gets its antecedent as subject: "…agreed to resume regular
 * visits, which were suspended in 2011" → "regular visits were suspended".
 */
function withAntecedent(relativeClause: string, previousClause: string): string {
  // The object of the clause before the comma ("… agreed to restore regular visits between their
  // leaders, which were suspended …"), else its last noun.
  const terms = taggedTerms(previousClause);
  const lastVerb = terms.findLast((term) => term.tags.includes('Verb'));
  const object = lastVerb === undefined ? '' : previousClause.slice(lastVerb.start + lastVerb.text.length).trim().replace(/^(?:to|with|on|in|at|for|from|by|of|into|about)\s+/iu, '');
  const antecedent = (object !== '' && object.split(/\s+/u).length <= ANTECEDENT_MAX_WORDS ? object : nounPhrases(previousClause).last().text()).replace(/[,.;:]+$/u, '');
  return antecedent === '' ? relativeClause : relativeClause.replace(/^(?:which|who)\s/iu, `${antecedent} `);
}

/** Put an antecedent after the relative clause's verb: "London handed back" + "Hong Kong". */
function insertObject(clause: string, object: string): string {
  const verb = verbPhrases(clause).first().text();
  if (verb === '') return clause;
  const at = clause.indexOf(verb) + verb.length;
  return `${clause.slice(0, at)} ${object}${clause.slice(at)}`;
}

/** "will be laid", "will also be signed": a plan told in the passive. */
const PLANNED_PASSIVE = /\b[Ww]ill\s+(?:\p{Ll}+ly\s+|also\s+)?be\s+((?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ne|ld|nt|id))\b/u;

/** A passive: a headline keeps only the participle ("were established" → "established"). */
const PASSIVE = /\b(?:[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Hh]as been|[Hh]ave been|[Hh]ad been)\s+((?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ne|ld|nt))\b/u;

/**
 * A participle without its auxiliary, as lists and headlines write a passive: "Joint Declaration
 * signed in Beijing". Only verbs that need an object are read so; "Lammy met with Wang" is active.
 */
const TRANSITIVE_PARTICIPLES =
  /^(?:signed|held|established|adopted|passed|imposed|announced|opened|launched|agreed|ratified|approved|expelled|sanctioned|arrested)$/iu;

/** Participles of a body set up for a purpose: "the Mission, established to monitor the ceasefire". */
const PURPOSE_PARTICIPLES = /^(?:established|created|formed|deployed|mandated|tasked|set up|designed)$/iu;

function isReducedPassive(phrase: string, rest: string): boolean {
  return (
    (TRANSITIVE_PARTICIPLES.test(phrase) && /^\s*(?:$|[.,;]|(?:in|at|on|by|during)\b)/iu.test(rest)) ||
    (PURPOSE_PARTICIPLES.test(phrase) && /^\s*to\s/iu.test(rest))
  );
}

/** Tags of a name that is one place, however it ends ("Brussels", "Athens"). */
function isPlaceTag(tag: string): boolean {
  return tag === 'City' || tag === 'Country' || tag === 'Place' || tag === 'Region' || tag === 'ProperNoun';
}

/** "The two governments", "Britain and China": a plural subject takes the plain verb. */
function isPluralSubject(subject: string): boolean {
  // The head noun comes before its modifiers ("Trade between the two countries" is one trade)
  // and before adverbs ("The leaders also").
  const head = (subject.split(/\s(?:between|of|in|on|from|with|at|for|over|under|against|to)\s/u)[0] ?? subject)
    .replace(/(?:\s+(?:\p{L}+ly|also|still|again|now|then|jointly))+\s*$/u, '')
    .trim();
  // A capitalised name ending in s ("United States", "Netherlands") is one country; a single
  // capitalised word is a common noun opening the sentence ("Relations soured").
  const commonPlural =
    /(?:^|\s)\p{Ll}+[^su\s]s$/u.test(head) || (/^\p{Lu}\p{Ll}+[^su\s]s$/u.test(head) && !lexiconTags(head).some(isPlaceTag));
  return /\b(?:and|police|people|they|we|these|those)\b/iu.test(head) || commonPlural;
}

/**
 * Headline tense: the first verb in the present ("met" → "meets", "has said" → "says"), a plan
 * as "to" ("will also meet" → "to meet"), a passive as its participle ("was imposed" → "imposed").
 */
function toHeadlineTense(text: string): string {
  // A planned passive keeps its voice: "will be laid before the House" → "to be laid before the House".
  const plannedPassive = PLANNED_PASSIVE.exec(text);
  if (plannedPassive?.[1]) return `${text.slice(0, plannedPassive.index)}to be ${plannedPassive[1]}${text.slice(plannedPassive.index + plannedPassive[0].length)}`;
  const passive = PASSIVE.exec(text);
  if (passive?.[1]) return `${text.slice(0, passive.index)}${passive[1]}${text.slice(passive.index + passive[0].length)}`;
  const terms = taggedTerms(text);
  const isVerb = (term: TaggedTerm) => term.tags.includes('Verb');
  // News headlines have a subject: a first "verb" with nothing before it ("Trade fell …", "State
  // visit of Xi Jinping") is a noun, and a line with no other verb is a noun phrase to keep as is.
  // A gerund or hyphenated word before a noun modifies it ("the participating states", "a follow-up
  // meeting"); it is no verb of the clause.
  const modifies = (index: number) => {
    const term = terms[index]!;
    const next = terms[index + 1];
    return (term.tags.includes('Gerund') || term.tags.includes('Hyphenated')) && next !== undefined && (next.tags.includes('Noun') || next.tags.includes('Hyphenated'));
  };
  const first = terms.findIndex((term, index) => isVerb(term) && index > 0 && !modifies(index));
  const head = terms[first];
  if (head === undefined) return text;
  // The verb group: auxiliaries and adverbs up to the main verb ("will also meet", "has said").
  let last = first;
  while (terms[last]?.tags.some((tag) => tag === 'Auxiliary' || tag === 'Modal') || (terms[last] !== undefined && !isVerb(terms[last]!))) {
    const next = terms[last + 1];
    if (next === undefined || !(isVerb(next) || next.tags.includes('Adverb'))) break;
    last += 1;
  }
  const main = terms[last]!;
  const end = main.start + main.text.length;
  if (isReducedPassive(head.text, text.slice(head.start + head.text.length))) return text;
  // "may resume", "could sign": a possibility stays one; only "will" becomes a plan ("to sign").
  if (head.tags.includes('Modal') && !/^will$/iu.test(head.text)) return text;
  // "addressing" is tagged both a gerund and a present: conjugated as the present it is read as "addressings".
  // "had taken": a participle conjugates from its own form, not as a past ("takens").
  const tense = main.tags.includes('Gerund')
    ? 'Gerund'
    : main.tags.includes('Participle')
      ? 'Participle'
      : (main.tags.find((tag) => tag === 'PastTense' || tag === 'PresentTense' || tag === 'Infinitive') ?? 'PastTense');
  // The copula has forms of its own: "were neither free" → "are neither free", never "be".
  const copula = /^(?:was|were|is|are)$/iu.test(main.text) && first === last;
  const forms = copula ? { Infinitive: 'are', PresentTense: 'is' } : conjugateVerb(main.text, tense);
  const replacement = /^will$/iu.test(head.text)
    ? `to ${forms.Infinitive ?? main.text}`
    : isPluralSubject(text.slice(0, head.start))
      ? forms.Infinitive
      : forms.PresentTense;
  return `${text.slice(0, head.start)}${replacement ?? text.slice(head.start, end)}${text.slice(end)}`;
}

/** A happening told as a noun: "Lammy's meeting with Wang" → "Lammy meets with Wang". */
const NOMINAL_HAPPENINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/((?:\p{Lu}[\p{L}-]*\s?)+)['’]s\s+(?:\p{Ll}+\s+)?meeting\b/u, '$1 meets'],
  [/((?:\p{Lu}[\p{L}-]*\s?)+)['’]s\s+(?:\p{Ll}+\s+)?visit to\b/u, '$1 visits'],
  [/((?:\p{Lu}[\p{L}-]*\s?)+)['’]s\s+(?:\p{Ll}+\s+)?talks\b/u, '$1 holds talks'],
  [/((?:\p{Lu}[\p{L}-]*\s?)+)['’]s\s+(?:\p{Ll}+\s+)?trip to\b/u, '$1 travels to'],
];

/**
 * The happening a possessive noun phrase tells, from its owner on, or undefined.
 *
 * @example
 * verbalise("The Prime Minister's visit to Japan") //=> 'The Prime Minister visits Japan'
 */
export function verbalise(text: string): string | undefined {
  for (const [pattern, replacement] of NOMINAL_HAPPENINGS) {
    const match = pattern.exec(text);
    if (match) return text.slice(match.index).replace(pattern, replacement);
  }
  return undefined;
}

/** Nouns of happenings no event type names: "following the Taliban's takeover of Kabul". */
const NOMINAL_HAPPENING = /\b(?:takeover|surrender|armistice|coup|withdrawal|assassination|death|independence|election|referendum|fall|collapse|launch|opening|founding|creation|adoption|ceasefire|truce|evacuation|bombing|uprising|revolution|partition|reunification|accession)\b/iu;

/** Words that open a clause inside a clause: "his first visit since Russia invaded Ukraine in 2022". */
const SUBORDINATOR = /\b(?:since|after|before|when|because|until|once|(?<!\b(?:the|a)\s)following)\s+(?=\S)/giu;

/** The subject a reported clause opens on, to be told alone: a noun phrase or a name, never a pronoun. */
const REPORTED_SUBJECT = /^(?:the|a|an|both|all|its|their|\p{Lu}\p{Ll}*\b(?<!\b(?:He|She|It|They|We|I|This|That|These|Those|There)))\s/u;

/** A report and the "that" of what it reports: "Mudavadi told reporters on Thursday that …". */
const REPORTED_THAT = /\b(?:said|says|told|tells|announced|announces|added|stated|confirmed|insisted|warned|warns)\b[^,;:]{0,40}?\s+that\s+(?=\S)/giu;

/**
 * When the date lies in a subordinate clause ("… since Russia invaded Ukraine in February 2022") or
 * in what a report reports ("… told reporters that the two governments had agreed to resume talks
 * before the end of the year"), that clause is the dated happening; the main clause is only how
 * the article came to it. A date before the "that" ("said on Monday that …") is the report's own.
 */
function subordinateHappening(clause: string, dateOffset: number): string {
  const opener = [...clause.matchAll(SUBORDINATOR), ...clause.matchAll(REPORTED_THAT)]
    .filter((match) => match.index > 0 && match.index + match[0].length <= dateOffset)
    .sort((a, b) => a.index + a[0].length - (b.index + b[0].length))
    .at(-1);
  if (opener === undefined) return clause;
  // Inside a parenthesis, the happening ends where the parenthesis does.
  const rest = clause.slice(opener.index + opener[0].length).replace(/\s*\).*$/u, '');
  // What a report reports stands alone only with a subject of its own ("the two governments
  // agreed …"), not a pronoun whose person the report may not name ("The spokeswoman said that he
  // would be released …") nor the verb of a relative "that" ("… the mission that was deployed …").
  if (/\bthat\s+$/u.test(opener[0]) && !REPORTED_SUBJECT.test(rest)) return clause;
  // "… after the deadly Galwan clash in 2020": a noun phrase that names a happening is one too.
  return isHeadlineClause(rest) || eventType(rest, '') !== 'other' || NOMINAL_HAPPENING.test(rest) ? rest : clause;
}

/** A clause that only says who reported it ("Vikram Misri said on Monday"): the news is the clause reported. */
const BARE_REPORT = /\b(?:said|says|told reporters|told journalists|announced|added|stated|confirmed|noted|wrote|reported)\s*$/iu;

/** A clause a headline can stand on: a verb, and a subject (not "including five MPs"). */
function isHeadlineClause(text: string): boolean {
  const doc = parseEnglish(text.replace(LEADING_FILLER, ''));
  return doc.has('#Verb') && !doc.has('^#Gerund');
}

/**
 * The clause that tells the dated happening: the one holding the date; after a leading date
 * phrase ("On Friday, Lammy met …") the next; after a trailing one ("…, on Friday") or a bare
 * report ("…, Misri said on Monday") the nearest before.
 */
function chooseClause<Clause extends { text: string }>(all: readonly Clause[], dated: number): Clause | undefined {
  const after = all.slice(dated + 1);
  const before = all.slice(0, Math.max(dated, 0)).reverse();
  const order = dated <= 0 ? [all[dated] , ...after, ...before] : [all[dated], ...before, ...after];
  return order.find(
    (clause): clause is Clause =>
      clause !== undefined && isHeadlineClause(clause.text) && !BARE_REPORT.test(clause.text.replace(/[\s.!?”"’]+$/u, '')),
  );
}

/**
 * Words before the first name a headline keeps ("Advocacy group Human Rights Watch" → "Human
 * Rights Watch"): a short lead-in with no verb and no other name.
 */
function dropLeadIn(text: string, names: readonly string[]): string {
  const at = Math.min(...names.map((name) => text.indexOf(name)).filter((index) => index >= 0));
  // A name inside a word ("Sino-Soviet") starts no name of its own.
  if (!Number.isFinite(at) || at === 0 || !/\s$/u.test(text.slice(0, at))) return text;
  const leadIn = text.slice(0, at).trim();
  const short = leadIn.split(/\s+/u).length <= 4;
  // "the Surrender of Japan", "the talks between China and Japan": a name after a preposition completes the noun before it.
  return short && !/\b(?:and|or|of|between|with|for|to|from|in|on|at|by|against)$|,$/u.test(leadIn) && !hasVerb(leadIn) ? text.slice(at) : text;
}

/** A description before a place a long headline can lose: "in the eastern megacity of Shanghai" → "in Shanghai". */
const DESCRIBED_PLACE = /\b(in|at|to|from) the (?:[\p{Ll}-]+ ){1,3}of (?=\p{Lu})/gu;

/** A clause that opens on its verb ("will be laid …", "marked a milestone") after an aside between commas. */
const OPENS_ON_VERB = /^(?:will|would|shall|was|were|is|are|has|have|had|can|could|may|might|must|should|\p{Ll}+ed)\b/u;

/**
 * The clause with the subject an aside cut it from: "The Studies, other than that on security
 * matters, will be laid …" → "The Studies will be laid …". The subject is the sentence's first
 * clause when that has no verb of its own.
 */
function withSubject(all: ReadonlyArray<{ text: string }>, chosen: { text: string }): string {
  const index = all.indexOf(chosen);
  const opening = chosen.text.trim().replace(/^(?:and\s+|but\s+)?(?:also\s+|then\s+|later\s+|again\s+|jointly\s+)?/iu, '');
  if (index <= 0 || !(OPENS_ON_VERB.test(opening) || parseEnglish(opening).has('^#Verb'))) return chosen.text;
  // "…the Joint Declaration, signed on 19 December 1984": a participle describing the noun before
  // it (see REDUCED_RELATIVE), not a predicate missing its subject.
  if (/^\p{Ll}+(?:ed|en|wn|ld|nt)\b(?:\s+(?:on|in|at|by|during|from)\b|[\s.!?]*$)/u.test(opening) && hasVerb(all[index - 1]?.text ?? '')) return chosen.text;
  // The sentence's first clause, or the name in apposition just before ("…, Simon McDonald, also
  // had talks"), when it has no verb; else the subject of the first clause ("The members …
  // reiterated their support and looked forward to …").
  // "…, and came into force": a second predicate of the sentence's own subject.
  const secondPredicate = /^\s*(?:and|but)\s/iu.test(chosen.text);
  const first = secondPredicate ? undefined : [all[0], all[index - 1]].find((clause) => clause !== undefined && !hasVerb(clause.text));
  const apposition = all[1] !== undefined && all[1] !== chosen && !hasVerb(all[1].text) ? all[1].text.trim() : undefined;
  // "We, the leaders of the European Union and Canada, met …": the apposition says who "we" are.
  const named = first === all[0] && /^(?:we|I)$/iu.test(first?.text.trim() ?? '') && apposition !== undefined ? apposition : first?.text.trim();
  const subject = named ?? clauseSubject(all[0]?.text ?? '');
  if (subject === undefined) return chosen.text;
  // A date phrase left by the date's removal ("On    ") is no subject.
  if (!/\p{L}{2,}/u.test(subject) || /^(?:on|in|at|during|by|from|since|until|after|before|however|but|and)\b/iu.test(subject)) return chosen.text;
  return `${subject} ${opening}`;
}

/** The most words a subject taken from another clause may have. */
const SUBJECT_MAX_WORDS = 7;

/** The words before a clause's first verb, when they read as its subject ("The members of the Security Council"). */
function clauseSubject(clause: string): string | undefined {
  const verb = taggedTerms(clause).find((term, index) => index > 0 && term.tags.includes('Verb'));
  const subject = verb === undefined ? '' : clause.slice(0, verb.start).trim();
  const words = subject.split(/\s+/u).filter(Boolean).length;
  // A pronoun is a subject too: the headline rules put in what it stands for.
  if (words === 0 || words > SUBJECT_MAX_WORDS || /^(?:in|on|at|after|before|during|when|while|since|following|however|but|and|there)\b/iu.test(subject)) return undefined;
  return subject;
}

/**
 * A participle clause after a comma takes the subject of the clause before it: "Sadat visited
 * Israel, addressing the Knesset on 20 November" → "Sadat addressing the Knesset".
 */
function participleWithSubject<Clause extends { start: number; text: string }>(all: readonly Clause[], dated: number, dateStart: number): Clause[] {
  const clause = all[dated];
  // Only when the date is written inside the participle clause, not after it ("…, including five MPs, on Friday").
  if (clause === undefined || dated <= 0 || dateStart >= clause.start + clause.text.trimEnd().length || !parseEnglish(clause.text.trim()).has('^#Gerund')) return [...all];
  const owner = all.slice(0, dated).reverse().find((previous) => hasVerb(previous.text));
  const subject = owner === undefined ? undefined : clauseSubject(owner.text.trim());
  if (subject === undefined) return [...all];
  return all.map((each) => (each === clause ? { ...each, text: `${subject} ${each.text.trim()}` } : each));
}

/** Sentence-final punctuation, and a closing quotation mark only when its opening one is not kept. */
function withoutFinalStop(text: string): string {
  const trimmed = text.replace(/[.!?]+$/u, '');
  const opened = (trimmed.match(/[“‘]/gu) ?? []).length;
  const closed = (trimmed.match(/[”’]/gu) ?? []).length;
  return opened >= closed ? trimmed.replace(/[.!?]+$/u, '') : trimmed.replace(/[.!?”"’]+$/u, '');
}

/** Words that are names of months as well as surnames ("Theresa May"): never taken for the person. */
const MONTH_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/**
 * Spell out the people a headline names by part of their name: a title stands alone, so every
 * name is its first use ("Lammy" → "David Lammy", "Wang" for Wang Yi, whose family name comes first).
 *
 * @example
 * withFullNames('Lammy meets Wang in Beijing', ['David Lammy', 'Wang Yi']) //=> 'David Lammy meets Wang Yi in Beijing'
 */
export function withFullNames(title: string, names: readonly string[]): string {
  let result = title;
  for (const name of names) {
    const parts = name.split(/\s+/u);
    const [first] = parts;
    const last = parts.at(-1);
    // Every part already there ("Dr. S. Jaishankar" for "S. Jaishankar") is the name as the text gives it.
    // An office standing for a speaker ("The Prime Minister") is no name with parts to spell out.
    if (parts.length < 2 || !first || !last || first === 'The' || result.includes(name) || parts.every((part) => result.includes(part))) continue;
    const word = (part: string) => new RegExp(`(?<![\\p{L}.])${escapeRegExp(part)}(?!\\p{L})`, 'u');
    const said = [last, first].find((part) => !MONTH_WORDS.test(part) && word(part).test(result));
    if (said !== undefined) result = result.replace(word(said), name);
  }
  return result;
}

/** A headline and the words of the sentence it was made from. */
export interface Headline {
  title: string;
  /** The clause that tells the happening, as the sentence wrote it (an object may be filled in). */
  clause: string;
  /** False when the date's own clause gave no headline and another clause was told. */
  fromDatedClause: boolean;
  /** True when the date's own clause only says who reported something ("officials said yesterday"). */
  datesReport: boolean;
}

/**
 * A short present-tense headline for the happening a sentence tells at `dateStart`–`dateEnd`:
 * the clause that holds the date (or the first clause after it with a verb), without the date
 * words, connectives, job titles and lead-ins before the first of `names`; an opening "He" or
 * "She" becomes `subject`.
 *
 * @example
 * headline('Beijing imposed a sweeping national security law on the financial hub in 2020.', 73, 77).title
 * //=> 'Beijing imposes a sweeping national security law on the financial hub'
 */
export function headline(
  sentence: string,
  dateStart: number,
  dateEnd: number,
  options: { names?: readonly string[]; subject?: string } = {},
): Headline {
  // A dateline ("TOKYO, March 16 (Reuters) - ") is no part of the story; blanked so offsets stay.
  const dateline = DATELINE.exec(sentence)?.[0].length ?? 0;
  const story = `${' '.repeat(dateline)}${sentence.slice(dateline)}`
    // Hansard's "hon. and learned Friend" is one honorific, not a second predicate "learned …".
    .replace(PARLIAMENTARY_EPITHET, (epithet) => ' '.repeat(epithet.length));
  const withoutDate = `${story.slice(0, dateStart)}${' '.repeat(dateEnd - dateStart)}${story.slice(dateEnd)}`
    .replace(/\b(?:in|on|at|during|by|from|since|until|of|this|last|next)(\s+)(?=\s{3,})/giu, (_, space: string) => ' '.repeat(2 + space.length))
    .replace(/\b(?:earlier|later|then|once)\b\s*/giu, '')
    // "Today's Summit" without its date is "the Summit".
    .replace(/(^|\s{2})\s*['’]s(?=\s)/u, '$1the');
  const split = clauses(withoutDate);
  // A date opening a clause of its own after a semicolon or a dash ("…; the following day Kenya
  // said …") is blanked, and the boundary before the clause takes the blank in: the clause that
  // starts after nothing but blank is the date's. After a comma, a date more often ends the clause
  // before it ("… in Tashkent, Uzbekistan, from 4 to 10 January 1966 in an attempt to …").
  const opensClause = /[;—–-]\s*$/u.test(withoutDate.slice(0, dateStart));
  const dated = split.findLastIndex((clause) => clause.start <= dateStart || (opensClause && withoutDate.slice(dateStart, clause.start).trim() === ''));
  const all = participleWithSubject(split, dated, dateStart);
  // "… reviewed progress since December 17, 2014, when Obama and Castro announced …": the "when"
  // clause is the happening the date dates.
  const whenClause = /^\s*,\s*when\s/iu.test(story.slice(dateEnd)) ? all.find((clause) => clause.start > dateStart && /^\s*when\s/iu.test(clause.text)) : undefined;
  const chosen = whenClause ?? chooseClause(all, dated);
  if (chosen === undefined) {
    // A verbless line, as in a list of key dates ("1997 – Handover of Hong Kong"): its words without the date.
    const words = all.map((clause) => clause.text.trim()).filter(Boolean).join(', ').replace(/[.!?]+$/u, '');
    const line = words === '' ? sentence.trim() : words;
    return { title: line.charAt(0).toUpperCase() + line.slice(1), clause: line, fromDatedClause: true, datesReport: false };
  }
  let text = withoutFinalStop(subordinateHappening(whenClause ? chosen.text.replace(/^\s*when\s+/iu, '') : withSubject(all, chosen), dateStart - chosen.start).replace(/\s+/gu, ' ').trim());
  const relative = APPOSITIVE_RELATIVE.exec(text);
  const chosenIndex = all.indexOf(chosen);
  const previous = chosenIndex > 0 ? (all[chosenIndex - 1]?.text ?? '') : '';
  const antecedent = previous === '' ? undefined : lastProperName(previous);
  if (relative?.[1] && antecedent) text = insertObject(relative[1], antecedent);
  else if (/^(?:which|who)\s/iu.test(text) && previous !== '') text = withAntecedent(text, previous);
  // "…the Joint Declaration, signed on 19 December 1984": a participle alone describes the noun before it.
  else if (REDUCED_RELATIVE.test(text) && previous !== '') text = withAntecedent(`which ${text}`, previous);
  const clause = text;
  text = text.replace(LEADING_FILLER, '').replace(ROLE_BEFORE_NAME, '').replace(/^[“"‘']|[“"‘']$/gu, '');
  if (options.subject) text = text.replace(/^(?:he|she)\b/iu, options.subject);
  // "The Foreign Secretary issued a statement, and he spoke to her …", "Kim became … when he stepped
  // across …": a "he" inside the sentence is its subject.
  else if (/^(?:he|she)\b/iu.test(text) && !/^\W*(?:he|she)\b/iu.test(sentence)) {
    const subject = sentenceSubject(sentence);
    if (subject !== undefined && !/\band\b/u.test(subject)) text = text.replace(/^(?:he|she)\b/iu, subject);
  }
  // "… would press G7 leaders to go further when they meet in Germany": the plural named before it.
  else if (/^they\b/iu.test(text) && !/^\W*they\b/iu.test(sentence)) {
    const plural = pluralAntecedent(sentence.slice(0, sentence.search(/\bthey\b/iu)));
    if (plural !== undefined) text = text.replace(/^they\b/iu, plural);
  }
  text = dropLeadIn(text, options.names ?? []);
  text = (verbalise(text) ?? toHeadlineTense(text)).replace(/\s+/gu, ' ').trim();
  // Circumstances ("… during his two-day trip") are cut by headline-rules.ts, which checks what is left.
  if (text.length > TITLE_MAX_LENGTH) text = text.replace(DESCRIBED_PLACE, '$1 ');
  const datedText = all[dated]?.text.replace(/[\s.!?”"’]+$/u, '') ?? '';
  return { title: text.charAt(0).toUpperCase() + text.slice(1), clause, fromDatedClause: chosen === all[dated], datesReport: chosen !== all[dated] && BARE_REPORT.test(datedText) };
}
