import { describe, expect, it } from 'vitest';
import { sampleEvent } from './sample-event.ts';
import { sourcesByArticle } from './sources-by-article.ts';

describe('sourcesByArticle', () => {
  it('returns the first telling of each article, in order', () => {
    const [source] = sampleEvent().sources;
    const other = { ...source!, articleId: 'other', line: 3 };
    const again = { ...source!, line: 9 };
    expect(sourcesByArticle([source!, other, again])).toEqual([source, other]);
  });
});
