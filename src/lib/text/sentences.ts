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

/** The word before a full stop, whole: the "s" of "the 1990s." is no initial like the "J." of "J. Smith". */
const LAST_WORD = /(?<![\p{L}\p{N}])([\p{L}.]+)\.\s*$/u;
const FIRST_WORD = /^\s*[“"‘']?(\p{L}+)/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}?$/u;

// Built on first use: loading the ICU sentence rules costs start-up time that tagging rarely needs.
let segmenter: Intl.Segmenter | undefined;

function continuesAfter(previous: string, next: string): boolean {
  // Only the tail can hold the last word; an unanchored Unicode regex over a long segment is slow.
  const word = LAST_WORD.exec(previous.length > 64 ? previous.slice(-64) : previous)?.[1];
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
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
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

/** How far {@link sentenceAround} looks each way: a clause's tense lies near it, and the cap keeps callers linear. */
const AROUND_LIMIT = 400;

const isBreak = (code: number): boolean => code === 10 || code === 13 || code === 0x2029 || code === 0x85 || code === 0x2028;
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 160 || isBreak(code);
const isCloser = (code: number): boolean => code === 34 || code === 39 || code === 41 || code === 93 || code === 0x201d || code === 0x2019;
const isLower = (code: number): boolean => (code >= 97 && code <= 122) || (code > 127 && String.fromCharCode(code) !== String.fromCharCode(code).toUpperCase());

/** Whether the whitespace at `at` ends a sentence, by the same signs as {@link splitSentences}. */
function breaksAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  const terminator = text.charCodeAt(i);
  if (terminator === 33 || terminator === 63) return true; // ! and ? end a sentence whatever follows (UAX #29)
  if (terminator !== 46) return false;
  let next = at;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  if (next < text.length && isLower(text.charCodeAt(next))) return false; // "approx. five" goes on (UAX #29 SB8)
  // No letter or full stop before it ("in 2015. He"): no abbreviation ends here, so a break, as the full test finds.
  const last = text.charCodeAt(i - 1);
  if (!(last >= 128) && !((last | 32) >= 97 && (last | 32) <= 122) && last !== 46) return true;
  // Fast path: a plain word before the full stop that is no abbreviation ends the sentence.
  let begin = i;
  while (begin > 0 && begin > i - 12) {
    const code = text.charCodeAt(begin - 1) | 32;
    if (code < 97 || code > 122) break;
    begin--;
  }
  const before = begin > 0 ? text.charCodeAt(begin - 1) : 32;
  if (begin < i && i - begin < 12 && before !== 46 && before < 128 && !TITLE_ABBREVIATIONS.has(text.slice(begin, i).toLowerCase())) {
    // One letter ("J. Smith") may be an initial; leave that to the full test.
    if (i - begin > 1) return true;
  }
  return !continuesAfter(text.slice(Math.max(0, i - 63), i + 1), text.slice(next, next + 40));
}

/**
 * The sentence around `start`..`end`, found by looking outwards from it (at most 400 characters
 * each way) rather than splitting the whole text: for callers that need one sentence among many.
 * Line and paragraph breaks end a sentence, as they do for {@link splitSentences}.
 *
 * @example
 * sentenceAround('He left. Mr. Li met Wang on Friday. Then', 27, 33) //=> { start: 9, end: 35 }
 */
export function sentenceAround(text: string, start: number, end = start): SentenceSpan {
  const floor = Math.max(0, start - AROUND_LIMIT);
  let from = floor;
  for (let i = start - 1; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 128) continue; // printable ASCII is neither a space nor a break
    if (isBreak(code) || (isSpace(code) && breaksAt(text, i))) {
      from = i + 1;
      break;
    }
  }
  const ceiling = Math.min(text.length, end + AROUND_LIMIT);
  let to = ceiling;
  for (let i = end; i < ceiling; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 128) continue;
    if (isBreak(code) || (isSpace(code) && breaksAt(text, i))) {
      to = i;
      break;
    }
  }
  while (from < start && isSpace(text.charCodeAt(from))) from++;
  while (to > end && isSpace(text.charCodeAt(to - 1))) to--;
  return { start: from, end: to };
}
