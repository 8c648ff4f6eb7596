import type { TimelineEvent } from '../events/model.ts';

/**
 * Each article with the events read from it, in the order it tells them.
 *
 * @example
 * const events = ['1997', '2015', '2020'].map((year) => sampleEvent({ id: year, date: { value: year, precision: 'year' } }))
 * articlesWithEvents([{ id: 'a', eventIds: ['2015', '1997'] }], events)[0].events.map((event) => event.date.value)
 * //=> ['2015', '1997']
 */
export function articlesWithEvents<A extends { eventIds: readonly string[] }>(
  articles: readonly A[],
  events: readonly TimelineEvent[],
): Array<{ article: A; events: TimelineEvent[] }> {
  const byId = new Map(events.map((event) => [event.id, event]));
  return articles.map((article) => ({ article, events: article.eventIds.flatMap((id) => byId.get(id) ?? []) }));
}
