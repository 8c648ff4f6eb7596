import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MergeSnapshot } from '../events/merge.ts';
import { readContent } from '../site-data.ts';
import { SNAPSHOTS_FOLDER, folderKey } from './article-cache.ts';
import { readMergeSnapshot, writeMergeSnapshot } from './merge-snapshots.ts';

let work: string;
let cache: { dir: string };
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'entente-snapshots-'));
  cache = { dir: join(work, 'cache') };
});
afterEach(() => rm(work, { recursive: true, force: true }));

const SNAPSHOT: MergeSnapshot = { version: 1, articles: [['a', 'digest']], order: [0, 0], groups: [[0]], joinedBy: [-1], rules: [] };
const fileOf = (contentDir: string, name: string): string => join(cache.dir, SNAPSHOTS_FOLDER, `${folderKey(contentDir)}-${name}.json`);

describe('merge snapshots', () => {
  it('gives back the snapshot kept for a folder and a merge, and none for another', async () => {
    await writeMergeSnapshot(cache, 'content', 'after', SNAPSHOT);
    expect(await readMergeSnapshot(cache, 'content', 'after')).toStrictEqual(SNAPSHOT);
    expect(await readMergeSnapshot(cache, 'content', 'before')).toBeUndefined();
    expect(await readMergeSnapshot(cache, 'tests/fixtures/timeline', 'after')).toBeUndefined();
  });

  it('keeps nothing and gives nothing without a cache', async () => {
    await writeMergeSnapshot(false, 'content', 'after', SNAPSHOT);
    expect(await readMergeSnapshot(false, 'content', 'after')).toBeUndefined();
  });

  it.each([
    ['cut short', () => '{"key":'],
    ['kept by another version of the merging code', () => JSON.stringify({ key: 'another', snapshot: SNAPSHOT })],
    ['of another shape', (key: string) => JSON.stringify({ key, snapshot: { ...SNAPSHOT, order: 'a' } })],
  ])('gives none from a file %s', async (_, text) => {
    await writeMergeSnapshot(cache, 'content', 'after', SNAPSHOT);
    const { key } = JSON.parse(await readFile(fileOf('content', 'after'), 'utf8')) as { key: string };
    await writeFile(fileOf('content', 'after'), text(key));
    expect(await readMergeSnapshot(cache, 'content', 'after')).toBeUndefined();
  });

  it('is kept by a reading of a folder, and forgotten with the folders the cache forgets', async () => {
    await mkdir(join(cache.dir, SNAPSHOTS_FOLDER), { recursive: true });
    await writeFile(fileOf(join(work, 'gone'), 'after'), JSON.stringify({ key: 'any', snapshot: SNAPSHOT }));
    const reading = await readContent('tests/fixtures/timeline', { cache });
    expect(await readdir(join(cache.dir, SNAPSHOTS_FOLDER))).toStrictEqual([`${folderKey('tests/fixtures/timeline')}-after.json`]);
    const snapshot = await readMergeSnapshot(cache, 'tests/fixtures/timeline', 'after');
    expect(snapshot?.articles.map(([id]) => id)).toStrictEqual(reading.analyses.map((analysis) => analysis.articleId));
    expect(snapshot?.groups).toHaveLength(reading.merged.events.length);
  });
});
