import { describe, expect, it } from 'vitest';
import { sampleEvent } from '../export/_lib/sample-event.ts';
import { articleFeedItem } from './feed-item.ts';

const handover = sampleEvent({
  id: '1997-handover',
  date: { value: '1997', precision: 'year' },
  title: 'London hands Hong Kong back to <China>',
});

describe('articleFeedItem', () => {
  const item = articleFeedItem(
    { title: 'Lammy urges talks', date: '2024-10-18', tags: ['china'] },
    { link: 'https://example.org/articles/a/', events: [handover], eventUrl: (event) => `https://example.org/events/${event.id}/` },
  );

  it('returns the article with its publication day and its events listed and linked', () => {
    expect(item.pubDate?.toISOString()).toBe('2024-10-18T00:00:00.000Z');
    expect(item.description).toBe('1 event: 1997: London hands Hong Kong back to <China>');
    expect(item.content).toBe(
      '<ul><li>1997: <a href="https://example.org/events/1997-handover/">London hands Hong Kong back to &lt;China&gt;</a></li></ul>',
    );
  });
});

describe('articleFeedItem of an undated reference page', () => {
  it('returns an item without a publication date rather than inventing one', () => {
    const item = articleFeedItem({ title: 'Nixon in China', tags: [] }, { link: 'https://example.org/articles/n/', events: [], eventUrl: () => '' });
    expect(item).not.toHaveProperty('pubDate');
  });
});
