import { parseEnglish } from './parse-english.ts';
import { dayInterval } from '../dates/interval.ts';
import type { Timex } from '../dates/timex.ts';
import type { Actor, EventType } from './model.ts';

/** What the rules look at to decide whether a dated sentence tells an event. */
export interface EventRuleInput {
  sentence: string;
  blockKind: string;
  timex: Timex;
  /** Offset of the date expression in `sentence`. */
  dateStart: number;
  actors: readonly Actor[];
  /** The kind of happening the sentence's words name (`eventType(sentence, '')`). */
  sentenceType: EventType;
  /** Whether the block is a short line of its own with no sentence (a dateline, a page label); see `isLabelLine`. */
  labelLine?: boolean;
  /** Whether the article has a publication date (from its frontmatter or its page). */
  dated?: boolean;
}

export interface EventRule {
  id: string;
  /** Why a sentence this rule rejects does not become an event. */
  reason: string;
  rejects(input: EventRuleInput): boolean;
}

/** A news dateline: a place in capitals, maybe a date and an agency, then a dash ("TOKYO, March 16 (Reuters) - "). */
export const DATELINE = /^\s*\p{Lu}{3,}[\p{Lu} .'’-]*(?:,\s*[^,()\n–—]{0,30}?)?\s*(?:\([^)]{1,30}\))?\s*[-–—]\s+/u;

/** The words that introduce a page's own date: "Published 3 May 2019", "(updated on 8 August 2016)", "Date: …". */
const PUBLICATION_WORD_BEFORE = /(?:^|[(\s])(?:first\s+)?(?:published|updated|posted|last\s+(?:updated|modified|reviewed)|date)\s*(?:on\s*)?:?\s*$/iu;

/** A date after "since", "until" or "into" bounds a state ("ties have cooled since 2016", "talks into the autumn"); it is not when something happened. */
const BOUNDING_WORD_BEFORE = /\b(?:since|until|till|through|throughout|ever since|into|well into)\s+(?:the\s+)?$/iu;

/** A clause that the date before it dates: "…, when Obama and Castro announced …". */
const WHEN_AFTER = /^\s*,?\s*when\s/u;

/**
 * A proper name after the first word ("The Berlin Wall fell …"): the gazetteer and the name finders
 * do not know every place, treaty or company, but a capitalised word inside a sentence names one.
 */
function namesSomething(sentence: string): boolean {
  return /\s[“"‘(]?\p{Lu}\p{Ll}/u.test(sentence.trim());
}

/**
 * The rules, in order; a dated sentence becomes an event when none rejects it. Each is one named
 * reason, so `entente check` and the tests can say which rule kept a sentence off the timeline.
 */
export const EVENT_RULES: readonly EventRule[] = [
  {
    id: 'in-heading',
    reason: 'a heading names a section, it tells no happening',
    rejects: ({ blockKind }) => blockKind === 'heading',
  },
  {
    id: 'page-label',
    reason: 'a dateline or a label printed above the text ("Brussels, 20 September 2012") names no happening',
    rejects: ({ labelLine, sentenceType }) => labelLine === true && sentenceType === 'other',
  },
  {
    id: 'dateline',
    reason: 'the date in a news dateline ("TOKYO, March 16 (Reuters) -") is when the story was filed, not a happening',
    rejects: ({ sentence, dateStart }) => dateStart < (DATELINE.exec(sentence)?.[0].length ?? 0),
  },
  {
    id: 'publication-line',
    reason: 'a date after "Published", "Updated" or "Date:" is when the page was published, not a happening',
    rejects: ({ sentence, dateStart }) => PUBLICATION_WORD_BEFORE.test(sentence.slice(0, dateStart)),
  },
  {
    id: 'needs-publication-date',
    reason: '"yesterday", "last week" and the like count from a publication date, and this page has none',
    // An unknown year ("XXXX-WXX"); a decade ("195X") is known.
    rejects: ({ timex, dated }) => dated === false && /^X/u.test(timex.value),
  },
  {
    id: 'not-a-calendar-date',
    reason: 'durations, sets and dates with no place on the calendar cannot be placed on a timeline',
    rejects: ({ timex }) => (timex.type !== 'DATE' && timex.type !== 'TIME') || dayInterval(timex.value) === undefined,
  },
  {
    id: 'century',
    reason: 'a century ("the 21st century") is an age, not the date of a happening a timeline can place',
    rejects: ({ timex }) => /^\d{2}$/u.test(timex.value),
  },
  {
    id: 'bounding-date',
    reason: 'a date after "since", "until" or "into" bounds a state or how far something lasts; it dates no happening of its own',
    // "since December 17, 2014, when Obama and Castro announced …": the date is the announcement's.
    rejects: ({ sentence, dateStart, timex }) =>
      BOUNDING_WORD_BEFORE.test(sentence.slice(0, dateStart)) && !WHEN_AFTER.test(sentence.slice(dateStart + timex.text.length)),
  },
  {
    id: 'no-happening',
    reason: 'neither a verb nor a word for a happening ("handover", "summit", "visit")',
    rejects: ({ sentence, sentenceType }) => !parseEnglish(sentence).has('#Verb') && sentenceType === 'other',
  },
  {
    id: 'no-actor',
    reason: 'nothing is named (no person, country, organisation or other proper name) and no word names a diplomatic happening',
    rejects: ({ sentence, actors, sentenceType }) => actors.length === 0 && !namesSomething(sentence) && sentenceType === 'other',
  },
];

/**
 * The first rule that keeps a dated sentence off the timeline, or `undefined` when it is an event.
 *
 * @example
 * const timex = { start: 23, end: 27, text: '2016', type: 'DATE', value: '2016' }
 * rejectingRule({ sentence: 'Ties have cooled since 2016.', blockKind: 'paragraph', timex, dateStart: 23, actors: [], sentenceType: 'other' })?.id
 * //=> 'bounding-date'
 */
export function rejectingRule(input: EventRuleInput): EventRule | undefined {
  return EVENT_RULES.find((rule) => rule.rejects(input));
}
