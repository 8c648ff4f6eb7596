/** Small readers of the words around a match, shared by rules that must tell a date from a number. */

const NEXT_WORD = /^[\s]*([\p{L}\p{N}%'’-]+)/u;

/** The word just before `start` (looking at most 40 characters back), or '' at a boundary. */
export function previousWord(text: string, start: number): string {
  // Hand-rolled scan: this runs for most candidates, and slicing plus a regex per call showed in profiles.
  let end = start;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let begin = end;
  while (begin > 0 && start - begin < 40 && isWordChar(text[begin - 1]!)) begin--;
  while (begin < end && (text[begin] === "'" || text[begin] === '’')) begin++;
  return text.slice(begin, end);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 160;
}

function isWordChar(char: string): boolean {
  return WORD_CHAR.test(char);
}
const WORD_CHAR = /[\p{L}\p{N}'’.$£€#-]/u;

/** The word just after `end` (looking at most 40 characters ahead), or '' before punctuation. */
export function nextWord(text: string, end: number): string {
  return NEXT_WORD.exec(text.slice(end, end + 40))?.[1] ?? '';
}

/** Whether `start` begins a sentence or a line (so a capital letter says nothing about names). */
export function atSentenceStart(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  return /(?:^|[.!?:;"“”‘’(\n]\s*)$/.test(before) || start === 0;
}

/** Whether a word is capitalised like a proper name. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
