/** Small readers of the words around a match, shared by rules that must tell a date from a number. */

// These run for most candidates, so they scan char codes with an ASCII fast path; the Unicode
// classes are consulted only for non-ASCII characters.
const WORD_CHAR = /[\p{L}\p{N}'’.$£€#-]/u;
const NEXT_WORD_CHAR = /[\p{L}\p{N}%'’-]/u;
const SPACE = /\s/;

/** Letters, digits and the punctuation a previous word may hold ("No.", "$40", "mid-"). */
function isWordChar(code: number, text: string, at: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
      || code === 39 || code === 46 || code === 36 || code === 35 || code === 45;
  }
  return WORD_CHAR.test(text[at]!);
}

/** Whether a code point may be part of a next word ("2000", "per", "%", "year-old"). */
function isNextWordChar(point: number): boolean {
  if (point < 128) {
    return (point >= 97 && point <= 122) || (point >= 65 && point <= 90) || (point >= 48 && point <= 57)
      || point === 37 || point === 39 || point === 45;
  }
  return NEXT_WORD_CHAR.test(String.fromCodePoint(point));
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 160;
}

/** The word just before `start` (looking at most 40 characters back), or '' at a boundary. */
export function previousWord(text: string, start: number): string {
  let end = start;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let begin = end;
  while (begin > 0 && start - begin < 40 && isWordChar(text.charCodeAt(begin - 1), text, begin - 1)) begin--;
  while (begin < end && (text.charCodeAt(begin) === 39 || text.charCodeAt(begin) === 0x2019)) begin++;
  return text.slice(begin, end);
}

/** The word just after `end` (looking at most 40 characters ahead), or '' before punctuation. */
export function nextWord(text: string, end: number): string {
  const limit = Math.min(text.length, end + 40);
  let begin = end;
  while (begin < limit) {
    const code = text.charCodeAt(begin);
    if (code < 128 ? !(code === 32 || (code >= 9 && code <= 13)) : !SPACE.test(text[begin]!)) break;
    begin++;
  }
  let finish = begin;
  while (finish < limit) {
    // Whole code points, so an astral letter counts and a lone surrogate never does.
    const point = text.codePointAt(finish)!;
    const size = point > 0xffff ? 2 : 1;
    if (finish + size > limit || !isNextWordChar(point)) break;
    finish += size;
  }
  return text.slice(begin, finish);
}

/** Whether `start` begins a sentence or a line (so a capital letter says nothing about names). */
export function atSentenceStart(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  return /(?:^|[.!?:;"“”‘’(\n]\s*)$/.test(before) || start === 0;
}

/** Whether a word is capitalised like a proper name. */
export function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 128) return first >= 65 && first <= 90;
  return /^\p{Lu}/u.test(word);
}
