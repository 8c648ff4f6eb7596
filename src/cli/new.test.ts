import { describe, expect, it } from 'vitest';
import { parseArticle } from '../lib/article/index.ts';
import { articleTemplate } from './new.ts';

describe('articleTemplate', () => {
  it('returns frontmatter with the fields given and a placeholder body', () => {
    expect(articleTemplate({ title: 'A', date: '2024-10-18', tags: ['china'] })).toBe(
      '---\ntitle: "A"\ndate: 2024-10-18\ntags: ["china"]\n---\n\n<!-- Paste the article text here, as written. Subheads become "## " headings. -->\n',
    );
  });

  describe('edge cases', () => {
    it.each(['Lammy: “constructive” talks', 'A # not a comment', "It's \"quoted\" \\ twice", '1984', 'true'])(
      'returns frontmatter that reads back the title %s exactly',
      (title) => {
        const text = articleTemplate({ title, date: '2024-10-18', source: 'A: B', tags: [] });
        const { article } = parseArticle(new TextEncoder().encode(text), 'a.md');
        expect([article?.title, article?.source]).toEqual([title, 'A: B']);
      },
    );
  });
});
