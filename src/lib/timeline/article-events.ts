import type { TimelineEvent } from '../events/model.ts';

/**
 * Each article with the events read from it, in the order it tells them.
 *
 * @example
 * articlesWithEvents(articles, events)[0].events.map((event) => event.date.value)
 * //=> ['2024-10-18', '2015', '1997', '2020']
 */
export function articlesWithEvents<A extends { eventIds: readonly string[] }>(
  articles: readonly A[],
  events: readonly TimelineEvent[],
): Array<{ article: A; events: TimelineEvent[] }> {
  const byId = new Map(events.map((event) => [event.id, event]));
  return articles.map((article) => ({ article, events: article.eventIds.flatMap((id) => byId.get(id) ?? []) }));
}
