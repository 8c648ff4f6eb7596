/**
 * Sentence boundaries in English news prose.
 *
 * Intl.Segmenter does the Unicode (UAX #29) work; on its own it breaks after every abbreviation
 * ("Mr. ", "Oct. 18", "the U.S. Army"), which no maintained npm splitter fixes without a model,
 * so one refiner here rejoins a break that follows a known abbreviation.
 */

/** A sentence as UTF-16 offsets into the text it came from, `end` exclusive, trailing space trimmed. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations that are always followed by more of the same sentence. */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr',
  'adm', 'rev', 'st', 'mt', 'ft', 'jr', 'sr', 'no', 'nos', 'vs', 'v', 'approx', 'dept', 'inc', 'corp',
  'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Words that begin a new sentence after an initialism such as "U.S.": "in the U.S. He left"
 * breaks, "the U.S. Army" does not.
 */
const SENTENCE_OPENERS = new Set([
  'a', 'an', 'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after', 'before',
  'as', 'his', 'her', 'their', 'its', 'our', 'there', 'however', 'meanwhile', 'since', 'some', 'many',
]);

const LAST_WORD = /([\p{L}.]+)\.\s*$/u;
const FIRST_WORD = /^\s*[“"‘']?(\p{L}+)/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}?$/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function continuesAfter(previous: string, next: string): boolean {
  const word = LAST_WORD.exec(previous)?.[1];
  if (word === undefined) return false;
  if (TITLE_ABBREVIATIONS.has(word.toLowerCase())) return true;
  if (!INITIALISM.test(word + '.')) return false;
  const nextWord = FIRST_WORD.exec(next)?.[1];
  if (nextWord === undefined) return true;
  return nextWord[0] !== nextWord[0]!.toUpperCase() || !SENTENCE_OPENERS.has(nextWord.toLowerCase());
}

/**
 * Split a text into sentences.
 *
 * @example
 * splitSentences('Mr. Lammy met Wang. He left.').map((s) => [s.start, s.end])
 * //=> [[0, 19], [20, 28]]
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let pendingStart: number | undefined;
  const segments = [...segmenter.segment(text)];
  segments.forEach((segment, index) => {
    const start = pendingStart ?? segment.index;
    const end = segment.index + segment.segment.length;
    const next = segments[index + 1];
    if (next !== undefined && continuesAfter(segment.segment, next.segment)) {
      pendingStart = start;
      return;
    }
    pendingStart = undefined;
    const trimmedEnd = start + text.slice(start, end).trimEnd().length;
    const trimmedStart = end - text.slice(start, end).trimStart().length;
    if (trimmedEnd > trimmedStart) spans.push({ start: trimmedStart, end: trimmedEnd });
  });
  return spans;
}
