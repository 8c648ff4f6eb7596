import { compareText } from '../text/compare-text.ts';

/**
 * Articles newest first, then by title, for the article index.
 *
 * @example
 * sortArticles([{ date: '2020-01-01', title: 'A' }, { date: '2024-10-18', title: 'B' }]).map((a) => a.title)
 * //=> ['B', 'A']
 */
export function sortArticles<T extends { date: string; title: string }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => compareText(b.date, a.date) || compareText(a.title, b.title));
}
