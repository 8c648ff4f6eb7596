import type { Timex } from './timex.ts';
import type { Candidate } from './_lib/candidate.ts';
import { isCalendarDay, parseDay } from './_lib/calendar.ts';
import { anchor } from './refiners/anchor.ts';
import { applyModifiers } from './refiners/modifiers.ts';
import { mergeAdjacent } from './refiners/mergeAdjacent.ts';
import { removeOverlaps } from './refiners/removeOverlaps.ts';
import { type Tense, tenseAround } from './refiners/tense.ts';
import { RULES } from './rules/index.ts';
import { splitSentences, type SentenceSpan } from '../text/sentences.ts';

/** Options for {@link tagTimexes}. */
export interface TagOptions {
  /** Document creation time (the article's publication date) as `YYYY-MM-DD`. */
  dct: string;
}

const SINCE = /\bsince\s+$/i;

/** Run every rule over the text; each rule's regex is compiled once and scans the text once. */
function findCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const rule of RULES) {
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const candidate = rule.extract(match, text);
      if (candidate !== null && candidate.end > candidate.start) candidates.push(candidate);
    }
  }
  return candidates;
}

/** The sentence holding `offset`, by binary search over sorted sentence spans. */
function sentenceAt(sentences: SentenceSpan[], offset: number, textLength: number): SentenceSpan {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return { start: 0, end: textLength };
}

/**
 * Find the TIMEX3 temporal expressions in a text and normalise them against the publication date.
 * Returned timexes are sorted by `start` and never overlap; offsets are UTF-16, `end` exclusive.
 *
 * @example
 * tagTimexes('Lammy met Wang on Friday, after a two-day trip planned since 2015.', { dct: '2024-10-18' })
 * //=> [{ start: 19, end: 25, text: 'Friday', type: 'DATE', value: '2024-10-18' },
 * //    { start: 35, end: 42, text: 'two-day', type: 'DURATION', value: 'P2D' },
 * //    { start: 63, end: 67, text: '2015', type: 'DATE', value: '2015' }]
 */
export function tagTimexes(text: string, options: TagOptions): Timex[] {
  if (!isCalendarDay(options.dct)) throw new RangeError(`Expected dct as a real YYYY-MM-DD date, found ${JSON.stringify(options.dct)}`);
  const dct = parseDay(options.dct);
  let candidates = removeOverlaps(findCandidates(text));
  candidates = mergeAdjacent(candidates, text);
  candidates = applyModifiers(candidates, text);
  let sentences: SentenceSpan[] | undefined;
  const tenseOf = (candidate: Candidate): Tense => {
    // Splitting sentences costs more than the rules, so it runs only when a bare weekday or month asks.
    // "since November", "since Monday": "since" looks back whatever the verb.
    if (SINCE.test(text.slice(Math.max(0, candidate.start - 8), candidate.start))) return 'past';
    sentences ??= splitSentences(text);
    const sentence = sentenceAt(sentences, candidate.start, text.length);
    return tenseAround(text, sentence.start, sentence.end, candidate.start, candidate.end);
  };
  return anchor(candidates, text, { dct, tenseOf });
}
