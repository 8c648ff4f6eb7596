import { compareText } from '../text/compare-text.ts';

/**
 * Articles newest first, then by title, for the article index.
 *
 * @example
 * sortArticles([{ date: '2020-01-01', title: 'A' }, { date: '2024-10-18', title: 'B' }]).map((a) => a.title)
 * //=> ['B', 'A']
 */
export function sortArticles<T extends { date?: string | undefined; title: string }>(articles: readonly T[]): T[] {
  // Undated pages (reference text) come after every dated one: '' sorts before any date, newest first.
  return [...articles].sort((a, b) => compareText(b.date ?? '', a.date ?? '') || compareText(a.title, b.title));
}
