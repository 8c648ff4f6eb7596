import { format } from 'date-fns/format';
import { subWeeks } from 'date-fns/subWeeks';
import { dayInterval } from '../dates/interval.ts';
import type { Tense } from '../dates/refiners/tense.ts';
import { parseISO } from 'date-fns/parseISO';
import type { EventDate, EventType } from './model.ts';
import { EVENT_TYPES } from '../vocabulary.ts';
import { saysAhead } from './publication-bound.ts';

/**
 * Words that tie an undated sentence to the article's own news: "Lammy earlier met …", or words
 * that say it lies ahead (`saysAhead`: "He will also meet … during his trip"). Without one, an
 * undated sentence may be history or comment, and gets no event.
 */
const NEWS_PAST_CUE = /\b(?:earlier|later|afterwards)\b/iu;

/** A question asks whether something happened or will ("when he expects the next meeting"); Hansard's written ones open "To ask". */
const QUESTION = /\?\s*$|(?:\b|(?<=\p{Ll}))To ask\b/u;

/** Happenings worth an event of their own; statements and "other" need a date in the text. */
const HAPPENING_TYPES: ReadonlySet<EventType> = new Set(EVENT_TYPES.filter((type) => type !== 'statement' && type !== 'other'));

/**
 * Whether an undated sentence tells a happening of the article's news: it names a kind of
 * happening and carries a cue tying it to the news time.
 *
 * @example
 * tellsNewsHappening('Lammy earlier met with Ding Xuexiang.', 'meeting') //=> true
 * tellsNewsHappening('China has boosted ties with Russia.', 'other') //=> false
 */
export function tellsNewsHappening(sentence: string, type: EventType): boolean {
  return HAPPENING_TYPES.has(type) && !QUESTION.test(sentence) && (NEWS_PAST_CUE.test(sentence) || saysAhead(sentence));
}

/**
 * The date of an undated happening of the article's news (`day`: the day of its first reported
 * event, or its publication date). One the text says lies ahead ("will also meet") is in that day's
 * ISO week, never on a day the text does not give; any other ("earlier met", "later met") is on or
 * before that day, never in a week that runs past it.
 *
 * @example
 * newsDate('Lammy earlier met with Ding Xuexiang.', '2024-10-18') //=> { value: '2024-10-18', precision: 'day', mod: 'ON_OR_BEFORE' }
 * newsDate('He will also meet business leaders.', '2024-10-18') //=> { value: '2024-W42', precision: 'week' }
 */
export function newsDate(sentence: string, day: string): EventDate {
  if (!saysAhead(sentence)) return { value: day, precision: 'day', mod: 'ON_OR_BEFORE' };
  return { value: format(parseISO(day), "RRRR-'W'II"), precision: 'week' };
}

/** The named rule for a weekend told in the past, for `entente check --events` and /about/. */
export const PAST_WEEKEND_RULE = {
  id: 'past-weekend',
  reason: 'a weekend is placed as the ISO week that holds it; one told in the past ("talks held this weekend") in a text published before it is the weekend just gone',
} as const;

/**
 * A weekend (`2018-W46-WE`) as the event date a timeline can place: the ISO week that holds it,
 * moved back a week when the text tells it in the past and it would fall after `published`.
 *
 * @example
 * weekendWeek('2018-W46-WE', 'past', '2018-11-12') //=> '2018-W45'
 * weekendWeek('2018-W46-WE', 'future', '2018-11-12') //=> '2018-W46'
 */
export function weekendWeek(value: string, tense: Tense, published: string | undefined): string {
  const week = value.replace(/-WE$/u, '');
  const saturday = dayInterval(week)?.end;
  if (tense !== 'past' || published === undefined || saturday === undefined || saturday <= published) return week;
  return format(subWeeks(parseISO(saturday), 1), "RRRR-'W'II");
}
