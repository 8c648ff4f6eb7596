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
 * resolvePronouns(['Lammy met Wang.', 'He left.'], [[lammy, wang], []])[1]
 * //=> { actors: [lammy], subject: lammy }
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
