import { describe, expect, it } from 'vitest';
import { articleJsonLd } from './article-json-ld.ts';

describe('articleJsonLd', () => {
  it('returns a NewsArticle with its publication date, publisher and the events read from it', () => {
    const article = { title: 'Lammy urges talks', date: '2024-10-18', source: 'AFP', tags: ['china'] };
    const ld = articleJsonLd(article, { url: '/articles/a/', events: [{ title: 'London hands Hong Kong back', date: '1997', url: '/events/1997/' }] });
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Lammy urges talks',
      datePublished: '2024-10-18',
      publisher: { '@type': 'Organization', name: 'AFP' },
      about: [{ '@type': 'Event', name: 'London hands Hong Kong back', startDate: '1997', url: '/events/1997/' }],
    });
  });

  describe('edge cases', () => {
    it('returns no publisher when the article names no source', () => {
      expect(articleJsonLd({ title: 'T', date: '2024-10-18', tags: [] }, { url: '/a/', events: [] })).not.toHaveProperty('publisher');
    });
  });
});
