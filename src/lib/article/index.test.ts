import { describe, expect, it } from 'vitest';
import * as article from './index.ts';

describe('src/lib/article', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(article).sort()).toEqual([
      'articleId',
      'calendarDateSchema',
      'frontmatterSchema',
      'listArticleFiles',
      'loadArticles',
      'parseArticle',
      'pointInBlock',
    ]);
  });
});
