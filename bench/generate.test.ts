import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/lib/article/index.ts';
import { syntheticArticle, writeSyntheticArticles } from './generate.ts';

describe('syntheticArticle', () => {
  it('returns the same bytes for the same seed and index', () => {
    expect(syntheticArticle(20241018, 7)).toEqual(syntheticArticle(20241018, 7));
  });

  it('returns other text for another seed or another index', () => {
    expect(syntheticArticle(1, 7).text).not.toBe(syntheticArticle(2, 7).text);
    expect(syntheticArticle(1, 7).text).not.toBe(syntheticArticle(1, 8).text);
  });

  it('returns an article Entente reads without error, with title, date, source, url and tags', () => {
    for (let index = 0; index < 20; index++) {
      const { name, text } = syntheticArticle(20241018, index);
      const { article, diagnostics } = parseArticle(new TextEncoder().encode(text), name);
      expect(diagnostics.filter((diagnostic) => diagnostic.fatal)).toEqual([]);
      expect(article).toMatchObject({ title: expect.any(String), date: expect.stringMatching(/^20\d\d-\d\d-\d\d$/u), source: expect.any(String), url: expect.stringMatching(/^https:\/\//u) });
      expect(article?.tags).toHaveLength(3);
    }
  });

  it('returns about 600 words of prose', () => {
    const words = Array.from({ length: 50 }, (_, index) => syntheticArticle(3, index).text.split('---\n')[2]!.split(/\s+/u).length);
    const mean = words.reduce((sum, count) => sum + count, 0) / words.length;
    expect(mean).toBeGreaterThan(550);
    expect(mean).toBeLessThan(650);
  });
});

describe('writeSyntheticArticles', () => {
  it('writes the same first articles whatever the number asked for', () => {
    const folder = mkdtempSync(join(tmpdir(), 'entente-generate-'));
    try {
      const few = writeSyntheticArticles(join(folder, 'few'), 3, 5).map((path) => readFileSync(path, 'utf8'));
      const more = writeSyntheticArticles(join(folder, 'more'), 10, 5).map((path) => readFileSync(path, 'utf8'));
      expect(more.slice(0, 3)).toEqual(few);
      expect(new Set(more).size).toBe(10);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
