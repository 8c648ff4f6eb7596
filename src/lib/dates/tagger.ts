import type { Timex } from './timex.ts';
import type { Candidate, NextWordTest, Rule } from './_lib/candidate.ts';
import { isCalendarDay, parseDay } from './_lib/calendar.ts';
import { anchor } from './refiners/anchor.ts';
import type { Reading } from './refiners/anchor.ts';
import { applyModifiers } from './refiners/modifiers.ts';
import { mergeAdjacent } from './refiners/mergeAdjacent.ts';
import { removeOverlaps } from './refiners/removeOverlaps.ts';
import { splitRanges } from './refiners/splitRanges.ts';
import { type Tense, type TenseMarker, tenseMarkers, tenseNear } from './refiners/tense.ts';
import { RULES } from './rules/index.ts';
import { sentenceAround } from '../text/sentences.ts';
import { isDigit } from './_lib/chars.ts';

/** Options for {@link tagTimexes}. */
export interface TagOptions {
  /**
   * Document creation time (the article's publication date) as `YYYY-MM-DD`. Without it (an
   * undated reference page) deictic expressions ("yesterday", "last week") keep X placeholders.
   */
  dct?: string | undefined;
  /** How the text tells time (see `Reading`): `news` by default. */
  reading?: Reading;
}

const SINCE = /\bsince\s+$/i;

/** Whether "since" and white space come right before `start`; the pattern runs only after an "e". */
function afterSince(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isAsciiSpace(text.charCodeAt(i))) i--;
  const code = text.charCodeAt(i); // NaN before the text's start
  // An ASCII character other than "e", or none, rules it out; anything else asks the pattern.
  if (!(code >= 128) && (code | 32) !== 101) return false;
  return SINCE.test(text.slice(Math.max(0, start - 8), start));
}

/** A rule with its pattern compiled sticky, to be tried at one position. */
interface StickyRule {
  rule: Rule;
  sticky: RegExp;
  /** Position in the rule list: of two equal readings the earlier rule wins. */
  priority: number;
}

/** A rule as tried at one starter: with the words that may follow that starter, if the rule lists them. */
interface GroupEntry extends StickyRule {
  next: ReadonlySet<string> | undefined;
  /** The rule's test of the next word, where a list cannot say it (see `Rule.next`). */
  nextTest: NextWordTest | undefined;
  /** By ASCII code, whether that character may follow the starter (see `Rule.nextChar`). */
  nextChar: Uint8Array | undefined;
  /** Whether the `next` list admits a word that begins with a digit. */
  nextNumber: boolean;
  /** Whether the starter must be written with a capital (see `Rule.capitalised`). */
  capital: boolean;
}

function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/**
 * A trie of the rules' starter words over the letters a–z, case-folded: the scan walks it while
 * reading a word, so a word that starts no rule is rejected without being sliced or lower-cased.
 */
interface TrieNode {
  next: Array<TrieNode | undefined>;
  rules: RuleGroup | undefined;
}

/**
 * The rules tried at one kind of token, in rule order. (A union regex that gates the group was
 * measured: compiling and running it cost more than the separate failed calls it saved.)
 */
interface RuleGroup {
  rules: GroupEntry[];
  /** Whether any rule here lists the words that may follow the starter (see `Rule.next`). */
  gated: boolean;
  /**
   * The rules' `next` lists as bit masks over `rules` (bit r for rules[r]): the rules whose list
   * has a word, those whose list takes any word that begins with a digit, and those with no list.
   * One map lookup per token answers what a set lookup per rule did (`perf` showed those lookups
   * and the next word's hashing in `tryRules`).
   */
  listedBy: ReadonlyMap<string, number>;
  numberMask: number;
  unlistedMask: number;
}

function group(rules: StickyRule[], starters: readonly string[]): RuleGroup {
  const entries = [...rules].sort((a, b) => a.priority - b.priority).map((entry): GroupEntry => {
    const lists = entry.rule.next;
    const starter = lists === undefined ? undefined : starters.find((word) => lists[word] !== undefined && entry.rule.starters.includes(word));
    const chars = entry.rule.nextChar;
    const charStarter = chars === undefined ? undefined : starters.find((word) => chars[word] !== undefined && entry.rule.starters.includes(word));
    const listed = starter === undefined ? undefined : lists![starter];
    const next = typeof listed === 'function' ? undefined : listed;
    return {
      ...entry,
      next,
      nextTest: typeof listed === 'function' ? listed : undefined,
      nextChar: charStarter === undefined ? undefined : charTable(chars![charStarter]!),
      nextNumber: next?.has('#') ?? false,
      capital: starters.some((word) => entry.rule.capitalised?.includes(word) ?? false),
    };
  });
  // Bit masks are 32 bits wide; no starter has nearly that many rules.
  if (entries.length > 31) throw new Error(`Too many rules start with ${starters.join(', ')}`);
  const listedBy = new Map<string, number>();
  let numberMask = 0;
  let unlistedMask = 0;
  entries.forEach((entry, r) => {
    if (entry.next === undefined) unlistedMask |= 1 << r;
    else for (const word of entry.next) listedBy.set(word, (listedBy.get(word) ?? 0) | (1 << r));
    if (entry.nextNumber) numberMask |= 1 << r;
  });
  return {
    rules: entries,
    gated: entries.some((entry) => entry.next !== undefined || entry.nextTest !== undefined),
    listedBy,
    numberMask,
    unlistedMask,
  };
}

const newNode = (): TrieNode => ({ next: new Array<TrieNode | undefined>(26).fill(undefined), rules: undefined });
const WORDS = newNode();
const WORD_RULES = new Map<TrieNode, StickyRule[]>();
const NODE_WORD = new Map<TrieNode, string>();
/** Rules that start on a digit run, by its length (index 0: any length); and on an apostrophe ("'80s"). */
const NUMBER_RULES: StickyRule[][] = [[], [], [], [], [], []];
const APOSTROPHE_RULES: StickyRule[] = [];

RULES.forEach((rule, priority) => {
  const entry: StickyRule = { rule, sticky: new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y'), priority };
  for (const starter of rule.starters) {
    if (starter === "'" || starter === '’') {
      if (!APOSTROPHE_RULES.includes(entry)) APOSTROPHE_RULES.push(entry);
    } else if (starter.startsWith('#')) {
      NUMBER_RULES[starter === '#' ? 0 : Number(starter.slice(1))]!.push(entry);
    } else {
      let node = WORDS;
      for (let i = 0; i < starter.length; i++) {
        const index = starter.charCodeAt(i) - 97;
        node = node.next[index] ??= newNode();
      }
      const list = WORD_RULES.get(node) ?? [];
      list.push(entry);
      WORD_RULES.set(node, list);
      NODE_WORD.set(node, starter);
    }
  }
});
// Each group keeps its rules in rule order, so equal readings resolve as the rule list says.
for (const [node, rules] of WORD_RULES) node.rules = group(rules, [NODE_WORD.get(node)!]);
const APOSTROPHE_GROUP = group(APOSTROPHE_RULES, []);
/** Digit-run rules by exact length 1–5 (5: five or more), each merged with the any-length ones. */
const DIGIT_GROUPS: RuleGroup[] = [1, 2, 3, 4, 5].map((length) => group([...NUMBER_RULES[0]!, ...(length < 5 ? NUMBER_RULES[length]! : [])], ['#', `#${length}`]));

/**
 * One pass over the text's words and digit runs; at each only the rules that can start there are
 * tried, sticky, at that position. Much faster than one whole-text scan per rule, with the same
 * matches. The scan reads char codes (no regex, no slices), so its cost is one step per character.
 */
function findCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const folded = code | 32;
    if (folded >= 97 && folded <= 122) {
      const start = i;
      let node: TrieNode | undefined = WORDS;
      for (; i < length; i++) {
        const letter = text.charCodeAt(i) | 32;
        if (letter < 97 || letter > 122) break;
        if (node !== undefined) node = node.next[letter - 97];
      }
      if (node?.rules !== undefined) tryRules(node.rules, text, start, i, candidates);
    } else if (code >= 48 && code <= 57) {
      const start = i;
      while (i < length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      if (start > 0) {
        const before = text.charCodeAt(start - 1);
        if (before === 39 || before === 0x2019) tryRules(APOSTROPHE_GROUP, text, start - 1, i, candidates);
      }
      tryRules(DIGIT_GROUPS[Math.min(i - start, 5) - 1]!, text, start, i, candidates);
    } else {
      i++;
    }
  }
  return candidates;
}

const isAsciiSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

/**
 * The lower-case word after the white space that follows a starter ending at `end`, or undefined
 * when it cannot be read plainly (no ASCII space right after, or no ASCII letter or digit next).
 */
function plainNextWord(text: string, end: number): string | undefined {
  if (!isAsciiSpace(text.charCodeAt(end))) return undefined;
  let i = end + 1;
  while (i < text.length && isAsciiSpace(text.charCodeAt(i))) i++;
  const start = i;
  let capital = false;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = code | 32;
    if (!((code >= 48 && code <= 57) || (folded >= 97 && folded <= 122))) break;
    if (code >= 65 && code <= 90) capital = true;
  }
  if (i === start) return undefined;
  // Most next words are already lower case and need no second string.
  return capital ? text.slice(start, i).toLowerCase() : text.slice(start, i);
}

function tryRules({ rules, gated, listedBy, numberMask, unlistedMask }: RuleGroup, text: string, at: number, tokenEnd: number, out: Candidate[]): void {
  const next = gated ? plainNextWord(text, tokenEnd) : undefined;
  // Which rules the next word admits (see `RuleGroup.listedBy`); all when it cannot be read.
  const admitted = next === undefined ? -1 : unlistedMask | (listedBy.get(next) ?? 0) | (isDigit(next.charCodeAt(0)) ? numberMask : 0);
  const after = text.charCodeAt(tokenEnd);
  // After a number a full stop is a decimal point only before a digit (see `Rule.nextChar`).
  const stop = after === 46 && isDigit(text.charCodeAt(tokenEnd - 1)) && !isDigit(text.charCodeAt(tokenEnd + 1));
  const lowerCase = text.charCodeAt(at) >= 97;
  for (let r = 0; r < rules.length; r++) {
    if ((admitted & (1 << r)) === 0) continue;
    const { rule, sticky, priority, nextTest, nextChar, capital } = rules[r]!;
    if (capital && lowerCase) continue;
    if (nextTest !== undefined && next !== undefined && !nextTest(next)) continue;
    // At the text's end `after` is NaN: no character follows, and a table asks for one.
    if (nextChar !== undefined && !(after >= 128) && (nextChar[after] !== 1 || stop)) continue;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match === null || match[0].length === 0) continue;
    const candidate = rule.extract(match, text);
    if (candidate !== null && candidate.end > candidate.start) {
      candidate.priority = priority;
      out.push(candidate);
    }
  }
}

/**
 * Find the TIMEX3 temporal expressions in a text and normalise them against the publication date.
 * Returned timexes are sorted by `start` and never overlap; offsets are UTF-16, `end` exclusive.
 *
 * @example
 * tagTimexes('Lammy met Wang on Friday, after a two-day trip planned since 2015.', { dct: '2024-10-18' })
 * //=> [{ start: 18, end: 24, text: 'Friday', type: 'DATE', value: '2024-10-18' },
 * //    { start: 34, end: 41, text: 'two-day', type: 'DURATION', value: 'P2D' },
 * //    { start: 61, end: 65, text: '2015', type: 'DATE', value: '2015' }]
 */
export function tagTimexes(text: string, options: TagOptions): Timex[] {
  if (options.dct !== undefined && !isCalendarDay(options.dct)) {
    throw new RangeError(`Expected dct as a real YYYY-MM-DD date, found ${JSON.stringify(options.dct)}`);
  }
  const dct = options.dct === undefined ? undefined : parseDay(options.dct);
  let candidates = splitRanges(removeOverlaps(findCandidates(text)));
  candidates = mergeAdjacent(candidates, text);
  candidates = applyModifiers(candidates, text);
  // The markers of the last sentence asked about: expressions in one sentence share them.
  let cached: { start: number; end: number; markers: TenseMarker[] } | undefined;
  const tenseOf = (candidate: Candidate): Tense => {
    // "since November", "since Monday": "since" looks back whatever the verb.
    if (afterSince(text, candidate.start)) return 'past';
    // Only the sentence around the expression is found, and only when a bare weekday or month asks:
    // splitting the whole text cost more than all the rules together.
    const sentence = sentenceAround(text, candidate.start, candidate.end);
    if (cached === undefined || cached.start !== sentence.start || cached.end !== sentence.end) {
      cached = { start: sentence.start, end: sentence.end, markers: tenseMarkers(text, sentence.start, sentence.end) };
    }
    return tenseNear(cached.markers, candidate.start, candidate.end);
  };
  return anchor(candidates, text, { dct, reading: options.reading ?? 'news', tenseOf });
}
