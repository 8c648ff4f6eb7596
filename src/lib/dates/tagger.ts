import type { Timex } from './timex.ts';
import type { Candidate, Rule } from './_lib/candidate.ts';
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

/** A rule with its pattern compiled sticky, to be tried at one position. */
interface StickyRule {
  rule: Rule;
  sticky: RegExp;
}

/** Rules by the lower-case token they can start with; '#' is any number. Built once. */
const RULES_BY_STARTER = new Map<string, StickyRule[]>();
for (const rule of RULES) {
  const entry = { rule, sticky: new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y') };
  // Keyed by the lower-case and the capitalised form, so most tokens need no toLowerCase().
  for (const starter of rule.starters) {
    for (const key of new Set([starter, starter.charAt(0).toUpperCase() + starter.slice(1)])) {
      const list = RULES_BY_STARTER.get(key) ?? [];
      list.push(entry);
      RULES_BY_STARTER.set(key, list);
    }
  }
}
const RULE_ORDER = new Map(RULES.map((rule, index) => [rule, index]));

/** Tokens where a rule may start: words, numbers, and an apostrophe before a number ("'80s"). */
const TOKEN = /['’]?\d+|[A-Za-z]+/g;

/**
 * One pass over the text's tokens; at each token only the rules that can start with it are tried,
 * sticky, at that position. Much faster than one whole-text scan per rule, with the same matches.
 */
function findCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  TOKEN.lastIndex = 0;
  for (let token = TOKEN.exec(text); token !== null; token = TOKEN.exec(text)) {
    const word = token[0];
    const first = word.charCodeAt(0);
    const isNumber = first < 65;
    let key = isNumber ? '#' : word;
    if (!isNumber && !RULES_BY_STARTER.has(key) && word.length > 1 && word.charCodeAt(1) < 97) key = word.toLowerCase();
    let at = token.index;
    if (isNumber && (word[0] === "'" || word[0] === '’')) {
      tryRules(RULES_BY_STARTER.get(word[0]), text, at, candidates);
      at += 1;
      key = '#';
    }
    tryRules(RULES_BY_STARTER.get(key), text, at, candidates);
  }
  return candidates;
}

function tryRules(rules: StickyRule[] | undefined, text: string, at: number, out: Candidate[]): void {
  if (rules === undefined) return;
  for (const { rule, sticky } of rules) {
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match === null || match[0].length === 0) continue;
    const candidate = rule.extract(match, text);
    if (candidate !== null && candidate.end > candidate.start) {
      candidate.priority = RULE_ORDER.get(rule)!;
      out.push(candidate);
    }
  }
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
