import type { EventSource } from '../../events/model.ts';

/**
 * The first telling from each article, in order: an article that tells an event twice is still
 * one source for a reader to open.
 */
export function sourcesByArticle(sources: readonly EventSource[]): EventSource[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    if (seen.has(source.articleId)) return false;
    seen.add(source.articleId);
    return true;
  });
}
