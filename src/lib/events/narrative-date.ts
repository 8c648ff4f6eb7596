import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { EventType } from './model.ts';

/**
 * Words that tie an undated sentence to the article's own news: "Lammy earlier met …",
 * "He will also meet … during his trip". Without one, an undated sentence may be history or
 * comment, and gets no event.
 */
const NEWS_TIME_CUE = /\b(?:earlier|later|afterwards|will|(?:is|are) (?:due|set|expected|scheduled) to|plans? to|is to)\b/iu;

/** Happenings worth an event of their own; statements and "other" need a date in the text. */
const HAPPENING_TYPES: ReadonlySet<EventType> = new Set([
  'visit',
  'meeting',
  'agreement',
  'law',
  'sanction',
  'transfer',
  'protest',
  'office',
  'trade',
  'conflict',
]);

/**
 * Whether an undated sentence tells a happening of the article's news: it names a kind of
 * happening and carries a cue tying it to the news time.
 *
 * @example
 * tellsNewsHappening('Lammy earlier met with Ding Xuexiang.', 'meeting') //=> true
 * tellsNewsHappening('China has boosted ties with Russia.', 'other') //=> false
 */
export function tellsNewsHappening(sentence: string, type: EventType): boolean {
  return HAPPENING_TYPES.has(type) && NEWS_TIME_CUE.test(sentence);
}

/**
 * The week of the article's news (the day of its first reported event, or its publication date),
 * as a TIMEX3 week value. An undated happening of the news is placed in that week, never on a day
 * the text does not give.
 *
 * @example
 * newsWeek('2024-10-18') //=> '2024-W42'
 */
export function newsWeek(day: string): string {
  return format(parseISO(day), "RRRR-'W'II");
}
