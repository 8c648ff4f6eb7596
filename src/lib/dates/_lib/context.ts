/** Small readers of the words around a match, shared by rules that must tell a date from a number. */

const PREVIOUS_WORD = /([\p{L}\p{N}'’.$£€#-]+)[\s]*$/u;
const NEXT_WORD = /^[\s]*([\p{L}\p{N}%'’-]+)/u;

/** The word just before `start` (looking at most 40 characters back), or '' at a boundary. */
export function previousWord(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 40), start);
  if (/[^\s\p{L}\p{N}'’.$£€#-]\s*$/u.test(before) || before.trim() === '') return '';
  return (PREVIOUS_WORD.exec(before)?.[1] ?? '').replace(/^['’]+/, '');
}

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
