/** Which end of the timeline a reader meets first. */
export type TimelineOrder = 'oldest' | 'newest';

const ORDERS: readonly TimelineOrder[] = ['oldest', 'newest'];

/**
 * The timeline order a site is built with, read from a setting such as `ENTENTE_ORDER`: oldest
 * first unless the setting says `newest`. Throws on any other value, since a typo would otherwise
 * silently build the wrong site.
 *
 * @example
 * timelineOrder(undefined) //=> 'oldest'
 * timelineOrder('newest') //=> 'newest'
 */
export function timelineOrder(setting: string | undefined): TimelineOrder {
  const value = (setting ?? '').trim().toLowerCase();
  if (value === '') return 'oldest';
  const order = ORDERS.find((candidate) => candidate === value);
  if (order === undefined) {
    throw new Error(`ENTENTE_ORDER is "${setting}": use "oldest" (the default) or "newest".`);
  }
  return order;
}
