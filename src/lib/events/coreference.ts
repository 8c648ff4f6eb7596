import type { Actor } from './model.ts';

/** A sentence that opens on a personal pronoun continues the story of the last person named. */
const OPENING_PRONOUN = /^\s*[“"]?(?:He|She)\b/u;

/**
 * Actors of each sentence, with an opening "He"/"She" resolved to the most recent person named
 * in an earlier sentence: news keeps one subject across sentences ("He will also meet …").
 *
 * @example
 * resolvePronouns(['Lammy met Wang.', 'He left.'], [[lammy, wang], []])[1]
 * //=> [lammy]
 */
export function resolvePronouns(sentences: readonly string[], actorsBySentence: readonly Actor[][]): Actor[][] {
  let lastPerson: Actor | undefined;
  return sentences.map((sentence, index) => {
    const actors = actorsBySentence[index] ?? [];
    const resolved =
      OPENING_PRONOUN.test(sentence) && lastPerson && !actors.some((actor) => actor.id === lastPerson?.id)
        ? [lastPerson, ...actors]
        : actors;
    lastPerson = actors.find((actor) => actor.kind === 'person') ?? lastPerson;
    return resolved;
  });
}
