import { describe, expect, it } from 'vitest';
import { parseArticle } from '../lib/article/index.ts';
import { extractionLines } from './extract-files.ts';

function article(text: string) {
  const result = parseArticle(new TextEncoder().encode(text), 'a.md');
  if (result.article === undefined) throw new Error('fixture should parse');
  return result.article;
}

describe('extractionLines', () => {
  it('returns each expression with its place in the file, past emphasis and block-quote markers', () => {
    const text = '---\ntitle: A\ndate: 2024-10-18\n---\n\nHe met **Wang** on Friday.\n\n> It was\n> in 1997.\n';
    expect(extractionLines(article(text))).toEqual([
      'a.md:6:20  "Friday"  DATE 2024-10-18',
      'a.md:9:6  "1997"  DATE 1997',
    ]);
  });

  it('returns no lines when the article has no dates', () => {
    expect(extractionLines(article('---\ntitle: A\ndate: 2024-10-18\n---\n\nNothing here.\n'))).toEqual([]);
  });
});
