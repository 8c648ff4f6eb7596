/**
 * The benchmark's floor for analysis: compromise's parse of each distinct sentence of the articles,
 * once. Entente's analysis parses every sentence it reads (`findActors`, src/lib/events/actors.ts,
 * asks compromise for the people and organisations of each), a repeated one again on another
 * worker or once the worker's cache of parses has been emptied (`parseEnglish`); so it parses at
 * least the distinct sentences once, and takes no less than this time shared among its workers.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArticle } from '../src/lib/article/parse.ts';
import { parseEnglish } from '../src/lib/events/parse-english.ts';

/** The distinct sentences of the articles in `files`, as Entente cuts them, in order of first appearance. */
export function distinctSentences(files: readonly string[]): string[] {
  const sentences = new Set<string>();
  for (const file of files) {
    for (const sentence of parseArticle(readFileSync(file), file).article?.sentences ?? []) sentences.add(sentence.text);
  }
  return [...sentences];
}

/**
 * compromise's time to parse each of `sentences` once, one after the other on this thread, in
 * milliseconds, and to find the people in it, as `findActors` asks of every sentence: through
 * Entente's own parse (`parseEnglish`, which leaves out the phrases few readings ask for), so that
 * the floor is the analysis's and not a whole parse's.
 *
 * @example
 * parseTime(['Lammy met Wang Yi in Beijing.']).people //=> 2
 */
export function parseTime(sentences: readonly string[]): { ms: number; people: number } {
  let people = 0;
  const started = performance.now();
  for (const sentence of sentences) people += parseEnglish(sentence).people().length;
  return { ms: performance.now() - started, people };
}
