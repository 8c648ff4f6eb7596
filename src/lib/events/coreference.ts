import { PARLIAMENTARY_EPITHET, officeOfFriend } from './parliament.ts';
import { nounPhrases, verbPhrases } from './parse-english.ts';
import type { Actor } from './model.ts';

/** A sentence that opens on a personal pronoun continues the story of the last person named. */
const OPENING_PRONOUN = /^\s*[“"]?(?:He|She)\b/u;

/** A sentence's actors, and the person an opening "He"/"She" stands for, if any. */
export interface ResolvedActors {
  actors: Actor[];
  subject?: Actor;
}

/**
 * Actors of each sentence, with an opening "He"/"She" resolved to the most recent person named
 * in an earlier sentence: news keeps one subject across sentences ("He will also meet …").
 *
 * @example
 * const lammy = { id: 'david-lammy', name: 'David Lammy', kind: 'person' }
 * resolvePronouns(['Lammy met Wang.', 'He left.'], [[lammy], []])[1]
 * //=> { actors: [{ id: 'david-lammy', name: 'David Lammy', kind: 'person' }], subject: { id: 'david-lammy', … } }
 */
export function resolvePronouns(sentences: readonly string[], actorsBySentence: readonly Actor[][]): ResolvedActors[] {
  let lastPerson: Actor | undefined;
  return sentences.map((sentence, index) => {
    const actors = actorsBySentence[index] ?? [];
    const subject = OPENING_PRONOUN.test(sentence) ? lastPerson : undefined;
    lastPerson = actors.find((actor) => actor.kind === 'person') ?? lastPerson;
    if (subject === undefined) return { actors };
    return { actors: actors.some((actor) => actor.id === subject.id) ? actors : [subject, ...actors], subject };
  });
}

/** The longest noun phrase that can stand in for an opening "They" or "These" in a title. */
const ANTECEDENT_MAX_WORDS = 6;

/**
 * The subject of a sentence, as an opening "They", "It" or "These" in the next sentence takes it
 * up: its first noun phrase, when short and not itself a pronoun.
 *
 * @example
 * sentenceSubject('The Prime Minister and President Macron met in London.') //=> 'The Prime Minister and President Macron'
 */
export function sentenceSubject(sentence: string): string | undefined {
  // "My right hon. and learned Friend …": "learned" is no verb here.
  const clause = (sentence.split(/[,;:]/u)[0] ?? '').replace(PARLIAMENTARY_EPITHET, '');
  const verb = verbPhrases(clause).first();
  // "The Treaty of Rome, officially the Treaty establishing …, brought about …": a first clause with
  // no verb of its own is the subject an apposition interrupts.
  const opening = (verb.found ? clause.slice(0, clause.indexOf(verb.text())) : clause).trim().replace(/^(?:and|but|so|then)\s+/iu, '');
  const subject = officeOfFriend(opening) ?? opening;
  if (!verb.found && !/^(?:the\s+)?\p{Lu}/u.test(subject)) return undefined;
  const words = subject.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > ANTECEDENT_MAX_WORDS || /^(?:I|we|he|she|it|they|this|these|those|that|there)$/iu.test(subject)) return undefined;
  return subject;
}

/**
 * What an opening "They", "These" or "Those" stands for: the previous sentence's subject when it is
 * plural, else its first plural noun phrase ("… held a round of meetings …. These took place …").
 *
 * @example
 * pluralAntecedent('Following this he held a round of meetings with representatives.') //=> 'a round of meetings'
 */
export function pluralAntecedent(sentence: string): string | undefined {
  const subject = sentenceSubject(sentence);
  if (subject !== undefined && (nounPhrases(subject).isPlural().found || /\band\b/u.test(subject))) return subject;
  const phrase = nounPhrases(sentence).isPlural().out('array')[0] as string | undefined;
  if (phrase === undefined || phrase.split(/\s+/u).length > ANTECEDENT_MAX_WORDS) return undefined;
  return phrase.replace(/[.,;:]+$/u, '');
}
