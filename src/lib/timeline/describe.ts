import type { TimelineEvent } from '../events/model.ts';
import { formatEventDateRange } from './format-date.ts';

/** Search engines show about this many characters of a description. */
const DESCRIPTION_LENGTH = 160;

/**
 * Text cut at a word boundary to at most `max` characters, with an ellipsis when cut.
 *
 * @example
 * clipText('Lammy met Wang at the guesthouse', 20) //=> 'Lammy met Wang at…'
 */
export function clipText(text: string, max = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1)).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * A page description for an event: its date, then the sentence it was read from.
 *
 * @example
 * eventDescription(sampleEvent({ summary: 'On Friday afternoon, Lammy met with Wang at Beijing’s Diaoyutai State Guesthouse, where they discussed trade, climate and Ukraine at length.' }))
 * //=> 'Fri 18 Oct 2024: On Friday afternoon, Lammy met with Wang at Beijing’s Diaoyutai State Guesthouse, …'
 */
export function eventDescription(event: TimelineEvent): string {
  return clipText(`${formatEventDateRange(event.date)}: ${event.summary}`);
}

/**
 * A count with its noun, singular for one.
 *
 * @example
 * countOf(1, 'source') //=> '1 source'
 * countOf(3, 'source') //=> '3 sources'
 */
export function countOf(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
