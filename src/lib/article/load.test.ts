import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listArticleFiles, loadArticles } from './load.ts';

const BAD = 'tests/fixtures/bad-articles';
const GOOD = 'tests/fixtures/articles';
const valid = (title: string) => `---\ntitle: ${title}\ndate: 2024-10-18\n---\n\nText.\n`;

describe('loadArticles', () => {
  it('returns the seed article and no diagnostics for the content directory', async () => {
    const { articles, diagnostics } = await loadArticles('content/articles');
    expect(diagnostics).toEqual([]);
    expect(articles.map((article) => [article.id, article.date])).toEqual([['lammy-beijing-visit', '2024-10-18']]);
  });

  it('returns a diagnostic for every bad file, none skipped, in file order', async () => {
    const files = await listArticleFiles(BAD);
    const { articles, diagnostics } = await loadArticles(BAD);
    expect(articles).toEqual([]);
    expect(new Set(diagnostics.map((d) => d.file))).toEqual(new Set(files.map((file) => join(BAD, file))));
    expect(diagnostics.map((d) => d.file)).toEqual([...diagnostics.map((d) => d.file)].sort());
    expect(files.length).toBeGreaterThanOrEqual(9);
  });

  it('returns the good articles sorted by path with their warnings', async () => {
    const { articles, diagnostics } = await loadArticles(GOOD);
    expect(articles.map((article) => article.id)).toEqual(['markup-positions', 'unknown-keys', 'year-0001']);
    expect(diagnostics.every((d) => !d.fatal)).toBe(true);
  });

  describe('with a temporary directory', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'entente-load-'));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('returns ids from paths in subdirectories', async () => {
      await mkdir(join(dir, '2024', '10'), { recursive: true });
      await writeFile(join(dir, '2024', '10', 'Lammy Visit.md'), valid('A'));
      const { articles } = await loadArticles(dir);
      expect(articles.map((article) => [article.id, article.path])).toEqual([['2024/10/lammy-visit', join(dir, '2024/10/Lammy Visit.md')]]);
    });

    it('returns an error for each of two files whose ids collide', async () => {
      await writeFile(join(dir, 'Same Id.md'), valid('A'));
      await writeFile(join(dir, 'same-id.md'), valid('B'));
      const { diagnostics } = await loadArticles(dir);
      expect(diagnostics.map((d) => [d.file, d.ruleId, d.fatal])).toEqual([
        [join(dir, 'Same Id.md'), 'id-duplicate', true],
        [join(dir, 'same-id.md'), 'id-duplicate', true],
      ]);
      expect(diagnostics[0]!.reason).toContain('"same-id"');
    });

    it('returns no articles and leaves out hidden files and other extensions', async () => {
      await mkdir(join(dir, '.drafts'));
      await writeFile(join(dir, '.drafts', 'a.md'), 'not an article');
      await writeFile(join(dir, '.#lock.md'), 'not an article');
      await writeFile(join(dir, 'notes.txt'), 'not an article');
      expect(await loadArticles(dir)).toEqual({ articles: [], diagnostics: [] });
    });

    it('never modifies the files it reads', async () => {
      const path = join(dir, 'a.md');
      const text = '\uFEFF---\r\ntitle: A\r\ndate: 2024-02-30\r\n---\r\nText';
      await writeFile(path, text);
      await loadArticles(dir);
      const { readFile } = await import('node:fs/promises');
      expect(await readFile(path, 'utf8')).toBe(text);
    });
  });

  describe('edge cases', () => {
    it('returns one error when the directory does not exist', async () => {
      expect(await loadArticles('no/such/dir')).toEqual({
        articles: [],
        diagnostics: [expect.objectContaining({ file: 'no/such/dir', ruleId: 'articles-dir-unreadable', fatal: true })],
      });
    });
  });
});
