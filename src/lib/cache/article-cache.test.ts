import { appendFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContent } from '../site-data.ts';
import type { ContentReading } from '../site-data.ts';
import { cacheSettingFromEnv } from './article-cache.ts';

let work: string;
let cacheDir: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'entente-cache-'));
  cacheDir = join(work, 'cache');
});
afterEach(() => rm(work, { recursive: true, force: true }));

/** Read `dir` through the test's cache; `hits` is how many articles came from it. */
async function read(dir: string): Promise<{ reading: ContentReading; hits: number }> {
  let hits = 0;
  const reading = await readContent(dir, { cache: { dir: cacheDir }, onProgress: (_analysed, _total, cacheHits) => (hits = cacheHits) });
  return { reading, hits };
}

/** A copy of a fixture's content folder to change. */
async function copyOf(fixture: string): Promise<string> {
  const dir = join(work, 'content');
  await cp(fixture, dir, { recursive: true });
  return dir;
}

const entries = async (): Promise<string[]> => (await readdir(join(cacheDir, 'entries'))).filter((name) => name.endsWith('.json'));

describe('openArticleCache', () => {
  it.each(['content', 'tests/fixtures/timeline'])('gives from a warm cache what reading %s cold gives', async (dir) => {
    const uncached = await readContent(dir, { cache: false });
    const cold = await read(dir);
    const warm = await read(dir);
    expect(cold.hits).toBe(0);
    expect(warm.hits).toBe(warm.reading.articles.length);
    expect(warm.reading).toStrictEqual(uncached);
    expect(cold.reading).toStrictEqual(uncached);
    // The same bytes in events.json and the check report: the keys come back in their order.
    expect(JSON.stringify(warm.reading)).toBe(JSON.stringify(uncached));
  });

  it('reads again only the article that changed', async () => {
    const dir = await copyOf('tests/fixtures/timeline');
    const { reading } = await read(dir);
    await appendFile(join(dir, 'articles', '2015-xi-arrives-in-london.md'), '\nThe visit ended on Friday.\n');
    const changed = await read(dir);
    expect(changed.hits).toBe(reading.articles.length - 1);
    expect(changed.reading).toStrictEqual(await readContent(dir, { cache: false }));
  });

  it('reads every article again when the editors change an actor', async () => {
    const dir = await copyOf('tests/fixtures/timeline');
    await read(dir);
    const actor = join(dir, 'actors', 'xi-jinping.md');
    await writeFile(actor, (await readFile(actor, 'utf8')).replace('aliases: [Xi,', 'aliases: [Xi, Chairman Xi,'));
    expect((await read(dir)).hits).toBe(0);
  });

  it('keeps every article when an actor changes only in what no reading uses', async () => {
    const dir = await copyOf('tests/fixtures/timeline');
    const { reading } = await read(dir);
    await appendFile(join(dir, 'actors', 'xi-jinping.md'), '\nNotes for the editors.\n');
    expect((await read(dir)).hits).toBe(reading.articles.length);
  });

  it('finds the same article in another folder, and puts back the path it was read from', async () => {
    await read('tests/fixtures/timeline');
    const dir = await copyOf('tests/fixtures/timeline');
    const copy = await read(dir);
    expect(copy.hits).toBe(copy.reading.articles.length);
    expect(copy.reading).toStrictEqual(await readContent(dir, { cache: false }));
  });

  it('keeps no entry of an article since deleted', async () => {
    const dir = await copyOf('tests/fixtures/timeline');
    const { reading } = await read(dir);
    await rm(join(dir, 'articles', '2015-xi-arrives-in-london.md'));
    await read(dir);
    expect(await entries()).toHaveLength(reading.articles.length - 1);
  });

  it.each(['content', 'tests/fixtures/timeline', 'tests/fixtures/overrides'])(
    'remembers, when asked, what it read of %s for the next reading in the process, as from disk',
    async (fixture) => {
      const dir = await copyOf(fixture);
      // Editors' corrections of every kind, less those the overrides fixture gets wrong on purpose.
      for (const wrong of ['end-before-start.md', 'end-before-event-date.md', 'invalid-date.md', 'same-as-unknown.md']) await rm(join(dir, 'articles', wrong), { force: true });
      const uncached = await readContent(dir, { cache: false });
      const remembered = async () => {
        let hits = 0;
        const reading = await readContent(dir, { cache: { dir: cacheDir }, remember: true, onProgress: (_analysed, _total, cacheHits) => (hits = cacheHits) });
        return { reading, hits };
      };
      expect((await remembered()).hits).toBe(0);
      // With the entries gone from disk, every article still comes from memory, and reads the same, twice over.
      await rm(join(cacheDir, 'entries'), { recursive: true });
      for (const run of [await remembered(), await remembered()]) {
        expect(run.hits).toBe(uncached.articles.length);
        expect(JSON.stringify(run.reading)).toBe(JSON.stringify(uncached));
      }
      // Without being asked, the cache reads from disk: nothing is there.
      await rm(join(cacheDir, 'entries'), { recursive: true });
      expect((await read(dir)).hits).toBe(0);
    },
  );

  it('forgets what it remembered of an article once it changes', async () => {
    const dir = await copyOf('tests/fixtures/timeline');
    const reading = await readContent(dir, { cache: { dir: cacheDir }, remember: true });
    const article = join(dir, 'articles', '2015-xi-arrives-in-london.md');
    const original = await readFile(article);
    await appendFile(article, '\nThe visit ended on Friday.\n');
    await readContent(dir, { cache: { dir: cacheDir }, remember: true });
    await writeFile(article, original);
    await rm(join(cacheDir, 'entries'), { recursive: true });
    let hits = 0;
    await readContent(dir, { cache: { dir: cacheDir }, remember: true, onProgress: (_analysed, _total, cacheHits) => (hits = cacheHits) });
    expect(hits).toBe(reading.articles.length - 1);
  });

  describe('edge cases', () => {
    it('ignores a corrupt entry and writes it again', async () => {
      const { reading } = await read('tests/fixtures/timeline');
      const names = await entries();
      // Cut short by a crash, or whole JSON of another shape.
      for (const [index, name] of names.entries()) await writeFile(join(cacheDir, 'entries', name), ['{"key": "cut sho', 'null', '{}'][index % 3]!);
      const again = await read('tests/fixtures/timeline');
      expect(again.hits).toBe(0);
      expect(again.reading).toStrictEqual(reading);
      expect((await read('tests/fixtures/timeline')).hits).toBe(reading.articles.length);
    });

    it('takes a record of a run cut short by a crash for one that kept nothing, and goes on keeping only what runs used', async () => {
      const dir = await copyOf('tests/fixtures/timeline');
      const { reading } = await read(dir);
      // Left empty by a process killed while writing it, or half written.
      await writeFile(join(cacheDir, 'runs', 'killed-run.json'), '');
      await writeFile(join(cacheDir, 'runs', 'cut-short-run.json'), '["abc');
      await rm(join(dir, 'articles', '2015-xi-arrives-in-london.md'));
      expect((await read(dir)).hits).toBe(reading.articles.length - 1);
      expect(await entries()).toHaveLength(reading.articles.length - 1);
    });

    it('reads without a cache it cannot create', async () => {
      await writeFile(join(work, 'file'), '');
      cacheDir = join(work, 'file', 'cache');
      const { reading, hits } = await read('content');
      expect(hits).toBe(0);
      expect(reading).toStrictEqual(await readContent('content', { cache: false }));
    });
  });
});

describe('cacheSettingFromEnv', () => {
  it('returns node_modules/.cache/entente by default', () => {
    expect(cacheSettingFromEnv({})).toStrictEqual({ dir: join('node_modules', '.cache', 'entente') });
  });

  it('returns the folder ENTENTE_CACHE_DIR names', () => {
    expect(cacheSettingFromEnv({ ENTENTE_CACHE_DIR: '.cache/entente' })).toStrictEqual({ dir: '.cache/entente' });
  });

  it('returns false when ENTENTE_NO_CACHE is set', () => {
    expect(cacheSettingFromEnv({ ENTENTE_NO_CACHE: '1', ENTENTE_CACHE_DIR: '.cache/entente' })).toBe(false);
  });
});
