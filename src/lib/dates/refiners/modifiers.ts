import type { TimexMod } from '../timex.ts';
import type { Candidate } from '../_lib/candidate.ts';

/**
 * Words before a DATE that narrow it (TimeML `mod`): "early 2018" → START, "mid-2020" → MID,
 * "late 1990s" and "the end of this year" → END, "around 2015" → APPROX. The words join the
 * expression's extent, as the TIMEX3 guidelines mark them.
 */
const DATE_MODS = /(?:^|[^\w-])((?:(?:very\s+)?(early|late|mid)(?:-|\s+)(?:in\s+)?)|(?:the\s+(?:very\s+)?(beginning|start|end|middle|close|turn|dawn|outset)\s+of\s+)|(?:(around|about|circa|approximately|roughly)\s+))$/i;

/**
 * Words before a DURATION that qualify its length: "about six years" → APPROX, "more than two
 * weeks" → MORE_THAN, "nearly five months" → LESS_THAN, "at least" → EQUAL_OR_MORE.
 */
const DURATION_MODS = /(?:^|[^\w-])((about|around|approximately|roughly|some|nearly|almost|more\s+than|over|less\s+than|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|just\s+over|just\s+under|close\s+to)\s+)$/i;

/** Last words of the modifier phrases above: the regexes run only after one of them. */
const DATE_MOD_ENDS = new Set(['early', 'late', 'mid', 'in', 'of', 'around', 'about', 'circa', 'approximately', 'roughly']);
const DURATION_MOD_ENDS = new Set(['about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'than', 'over', 'under', 'least', 'most', 'to']);

/**
 * DATE_MODS ends in "in" only after early/late/mid ("early in 2018") and in "of" only after one
 * of these ("the end of 2018"): the word before those two must be one of them for the pattern to
 * match, which most "in 2015" and "of 2026" are not.
 */
const BEFORE_IN: ReadonlySet<string> = new Set(['early', 'late', 'mid']);
const BEFORE_OF: ReadonlySet<string> = new Set(['beginning', 'start', 'end', 'middle', 'close', 'turn', 'dawn', 'outset']);

/**
 * Whether DATE_MODS may match `before`, whose last word is "in" or "of": false only when that word
 * stands at the end of `before` after ASCII spaces or hyphens, and the word before it, read
 * plainly (ASCII spaces or hyphens, then ASCII letters), is not one that can precede it. Anything
 * else (another character, no gap, a non-ASCII neighbour) leaves the answer to the pattern.
 */
function mayEndModifier(before: string, last: 'in' | 'of'): boolean {
  let i = before.length;
  while (i > 0 && isAsciiSpaceOrHyphen(before.charCodeAt(i - 1))) i--;
  if (i < 2 || before.slice(i - 2, i).toLowerCase() !== last) return true;
  const gapEnd = i - 2;
  let j = gapEnd;
  while (j > 0 && isAsciiSpaceOrHyphen(before.charCodeAt(j - 1))) j--;
  if (j === gapEnd) return true;
  const wordEnd = j;
  while (j > 0 && isAsciiLetter(before.charCodeAt(j - 1))) j--;
  if (j > 0 && before.charCodeAt(j - 1) >= 128) return true;
  return (last === 'in' ? BEFORE_IN : BEFORE_OF).has(before.slice(j, wordEnd).toLowerCase());
}

const isAsciiSpaceOrHyphen = (code: number): boolean => code === 32 || code === 45 || (code >= 9 && code <= 13);
const isAsciiLetter = (code: number): boolean => (code | 32) >= 97 && (code | 32) <= 122;

const SPACE_OR_HYPHEN = /[\s-]/;
function isSpaceOrHyphen(code: number): boolean {
  if (code === 32 || code === 45 || (code >= 9 && code <= 13)) return true;
  return code >= 128 && SPACE_OR_HYPHEN.test(String.fromCharCode(code));
}

/** The lower-case word before `start`, skipping spaces and one hyphen ("mid-2020"). */
function wordBefore(text: string, start: number): string {
  let end = start;
  // Spaces and the hyphen by char code: this runs before every DATE and DURATION (\s's other members are rare here).
  while (end > 0 && start - end < 3 && isSpaceOrHyphen(text.charCodeAt(end - 1))) end--;
  let begin = end;
  while (begin > 0 && end - begin < 16) {
    const code = text.charCodeAt(begin - 1) | 32;
    if (code < 97 || code > 122) break;
    begin--;
  }
  return text.slice(begin, end).toLowerCase();
}

const MOD_OF: Record<string, TimexMod> = {
  early: 'START', beginning: 'START', start: 'START', dawn: 'START', outset: 'START',
  mid: 'MID', middle: 'MID',
  late: 'END', end: 'END', close: 'END',
  turn: 'APPROX', around: 'APPROX', about: 'APPROX', circa: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX',
  nearly: 'LESS_THAN', almost: 'LESS_THAN', 'less than': 'LESS_THAN', under: 'LESS_THAN', 'just under': 'LESS_THAN', 'close to': 'APPROX',
  'more than': 'MORE_THAN', over: 'MORE_THAN', 'just over': 'MORE_THAN',
  'at least': 'EQUAL_OR_MORE', 'at most': 'EQUAL_OR_LESS', 'up to': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS',
};

/**
 * Attach the modifier words before each DATE or DURATION and widen its extent over them.
 *
 * @example
 * applyModifiers([{ start: 9, end: 13, type: 'DATE', value: '2018', rule: 'year' }], 'in early 2018')
 * //=> [{ start: 3, end: 13, type: 'DATE', value: '2018', rule: 'year', mod: 'START' }]
 */
export function applyModifiers(candidates: Candidate[], text: string): Candidate[] {
  let floor = 0;
  return candidates.map((candidate) => {
    const from = floor;
    floor = candidate.end;
    if (candidate.type !== 'DATE' && candidate.type !== 'DURATION') return candidate;
    const last = wordBefore(text, candidate.start);
    if (!(candidate.type === 'DATE' ? DATE_MOD_ENDS : DURATION_MOD_ENDS).has(last)) return candidate;
    const before = text.slice(Math.max(from, candidate.start - 40), candidate.start);
    if (candidate.type === 'DATE' && candidate.value !== 'PRESENT_REF' && candidate.value !== 'PAST_REF' && candidate.value !== 'FUTURE_REF') {
      if ((last === 'in' || last === 'of') && !mayEndModifier(before, last)) return candidate;
      const m = DATE_MODS.exec(before);
      if (m === null) return candidate;
      const word = (m[2] ?? m[3] ?? m[4])!.toLowerCase();
      // "earlier this month" carries its own sense; "early" before "this"/"last" is START of that unit.
      return { ...candidate, start: candidate.start - m[1]!.length, mod: MOD_OF[word] ?? 'APPROX' };
    }
    // "over the past decade": "over" is the preposition of a span that already has its article.
    if (candidate.type === 'DURATION' && !/^the\s/i.test(text.slice(candidate.start, candidate.start + 4))) {
      const m = DURATION_MODS.exec(before);
      if (m === null) return candidate;
      const word = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      return { ...candidate, start: candidate.start - m[1]!.length, mod: MOD_OF[word] ?? 'APPROX' };
    }
    return candidate;
  });
}
