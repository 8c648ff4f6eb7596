import { slugify } from './slug.ts';

/** Long enough to tell events of one day apart, short enough for a readable URL. */
const TITLE_SLUG_MAX_LENGTH = 48;

/**
 * A stable id from an event's date and title, made unique against `usedIds` (which it updates):
 * the same content gives the same id, so permalinks survive rebuilds.
 *
 * @example
 * eventId('2024-10-18', 'Lammy meets with Wang Yi in Beijing', new Set()) //=> '2024-10-18-lammy-meets-with-wang-yi-in-beijing'
 */
export function eventId(dateValue: string, title: string, usedIds: Set<string>): string {
  return uniqueId(eventIdBase(dateValue, title), usedIds);
}

/**
 * The id an event of this date and title has unless another took it first (see `eventId`).
 *
 * @example
 * eventIdBase('1997', 'Britain hands Hong Kong back to China') //=> '1997-britain-hands-hong-kong-back-to-china'
 */
export function eventIdBase(dateValue: string, title: string): string {
  const words = slugify(title).slice(0, TITLE_SLUG_MAX_LENGTH + 1);
  const lastBreak = words.lastIndexOf('-');
  const titleSlug =
    words.length <= TITLE_SLUG_MAX_LENGTH ? words : words.slice(0, lastBreak > 0 ? lastBreak : TITLE_SLUG_MAX_LENGTH);
  return [slugify(dateValue), titleSlug].filter(Boolean).join('-');
}

/**
 * `base`, or the first of `base-2`, `base-3`, … that `usedIds` lacks; added to `usedIds`.
 *
 * @example
 * uniqueId('1997-handover', new Set(['1997-handover'])) //=> '1997-handover-2'
 */
export function uniqueId(base: string, usedIds: Set<string>): string {
  let id = base;
  for (let n = 2; usedIds.has(id); n += 1) id = `${base}-${n}`;
  usedIds.add(id);
  return id;
}
