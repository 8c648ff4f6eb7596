/**
 * A text cannot tell as done what had not happened when it was published: a happening dated after
 * its article's publication is one the text says lies ahead, or a misreading.
 */
import { dayInterval } from '../dates/interval.ts';
import type { Tense } from '../dates/refiners/tense.ts';
import type { EventDate } from './model.ts';

/**
 * Words by which a report says a happening lies ahead. "The agreement to intensify talks in July"
 * names a plan without saying it is one; such a sentence gives no event dated after the text.
 */
const AHEAD = /\b(?:will|would|shall|plan(?:s|ned|ning)?|scheduled|next|upcoming|expected|due to|intends?|to be held)\b/iu;

/**
 * Whether a sentence says its happening lies ahead.
 *
 * @example
 * saysAhead('He will also meet business leaders.') //=> true
 * saysAhead('He later met business leaders.') //=> false
 */
export function saysAhead(sentence: string): boolean {
  return AHEAD.test(sentence);
}

export const AFTER_PUBLICATION_RULE = {
  id: 'after-publication',
  reason:
    'a date after the article was published dates a happening only when the text says it lies ahead ("will", "plans", "scheduled", "next"); otherwise it dates a plan the text mentions in passing, or is misread, and a timeline must not show it as done',
} as const;

export const PAST_WEEK_RULE = {
  id: 'past-week',
  reason:
    'a week told in the past ("talks were held this week") in a text published before it ends is the days up to publication: the event is on or before the publication day, never in days the text had not seen',
} as const;

/**
 * Whether a date starts after the article's publication date in a sentence that does not say it lies
 * ahead (see AFTER_PUBLICATION_RULE).
 *
 * @example
 * startsAfterPublication('The Prime Minister welcomed the agreement to intensify talks in July.', '2020-07', '2020-06-18') //=> true
 * startsAfterPublication('The leaders will meet again in July.', '2020-07', '2020-06-18') //=> false
 * startsAfterPublication('The leaders met in June.', '2020-06', '2020-06-18') //=> false
 */
export function startsAfterPublication(sentence: string, value: string, published: string | undefined): boolean {
  const start = dayInterval(value)?.start;
  return published !== undefined && start !== undefined && start > published && !saysAhead(sentence);
}

/**
 * A week told in the past that runs past the publication day, as the day it is on or before
 * (see PAST_WEEK_RULE); any other date as it is.
 *
 * @example
 * pastWeekBound({ value: '2024-W42', precision: 'week' }, 'past', '2024-10-16') //=> { value: '2024-10-16', precision: 'day', mod: 'ON_OR_BEFORE' }
 * pastWeekBound({ value: '2024-W42', precision: 'week' }, 'future', '2024-10-16') //=> { value: '2024-W42', precision: 'week' }
 * pastWeekBound({ value: '2024-W41', precision: 'week' }, 'past', '2024-10-16') //=> { value: '2024-W41', precision: 'week' }
 */
export function pastWeekBound(date: EventDate, tense: Tense, published: string | undefined): EventDate {
  if (date.precision !== 'week' || date.end !== undefined || tense !== 'past' || published === undefined) return date;
  const days = dayInterval(date.value);
  if (days === undefined || days.end <= published || days.start > published) return date;
  return { value: published, precision: 'day', mod: 'ON_OR_BEFORE' };
}
