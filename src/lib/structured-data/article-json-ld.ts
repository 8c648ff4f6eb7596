import type { SiteArticle } from '../site-data.ts';
import { schemaDates } from './schema-date.ts';

/** An event an article tells, as its page links it. */
export interface ArticleJsonLdEvent {
  title: string;
  date: string;
  url: string;
}

/**
 * A schema.org `NewsArticle` for an article page, naming the events read from it as `about`.
 *
 * @example
 * articleJsonLd({ title: 'Lammy visits Beijing', date: '2024-10-18', tags: [] }, { url: '/articles/lammy-beijing-visit/', events: [] })
 * //=> { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Lammy visits Beijing', datePublished: '2024-10-18', … }
 */
export function articleJsonLd(
  article: Pick<SiteArticle, 'title' | 'date' | 'source' | 'url' | 'tags'>,
  { url, events }: { url: string; events: readonly ArticleJsonLdEvent[] },
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.date === undefined ? {} : { datePublished: article.date }),
    url,
    mainEntityOfPage: url,
    ...(article.source ? { publisher: { '@type': 'Organization', name: article.source } } : {}),
    ...(article.url ? { isBasedOn: article.url } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags } : {}),
    about: events.map((event) => ({ '@type': 'Event', name: event.title, url: event.url, ...schemaDates(event.date) })),
  };
}
