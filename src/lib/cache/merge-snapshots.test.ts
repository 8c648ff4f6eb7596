import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventMerger } from '../events/merge.ts';
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
type Stored = { key: string; digest: string; snapshot: MergeSnapshot };
/** A snapshot file's two lines (the key and digest, the snapshot) as one object, and back. */
const parsed = (text: string): Stored => {
  const [header = '', body = ''] = text.split('\n');
  return { ...(JSON.parse(header) as Omit<Stored, 'snapshot'>), snapshot: JSON.parse(body) as MergeSnapshot };
};
const written = ({ snapshot, ...header }: Stored): string => `${JSON.stringify(header)}\n${JSON.stringify(snapshot)}`;
const fileOf = (contentDir: string, name: string): string => join(cache.dir, SNAPSHOTS_FOLDER, `${folderKey(contentDir)}-${name}.json`);

describe('merge snapshots', () => {
  it('gives back the snapshot kept for a folder and a merge, and none for another', async () => {
    await writeMergeSnapshot(cache, 'content', 'after', () => SNAPSHOT);
    expect(await readMergeSnapshot(cache, 'content', 'after')).toStrictEqual(SNAPSHOT);
    expect(await readMergeSnapshot(cache, 'content', 'before')).toBeUndefined();
    expect(await readMergeSnapshot(cache, 'tests/fixtures/timeline', 'after')).toBeUndefined();
  });

  it('keeps nothing and gives nothing without a cache', async () => {
    await writeMergeSnapshot(false, 'content', 'after', () => SNAPSHOT);
    expect(await readMergeSnapshot(false, 'content', 'after')).toBeUndefined();
  });

  it.each([
    ['cut short', (stored: Stored) => written(stored).slice(0, -10)],
    ['without its snapshot', (stored: Stored) => written(stored).split('\n')[0]!],
    ['kept by another version of the merging code', (stored: Stored) => written({ ...stored, key: 'another' })],
    // The digest of the changed snapshot's own text: only its shape is wrong.
    ['of another shape', (stored: Stored) => written({ ...stored, snapshot: { ...SNAPSHOT, order: 'a' } as never, digest: createHash('sha256').update(JSON.stringify({ ...SNAPSHOT, order: 'a' })).digest('base64') })],
    ['changed since it was written', (stored: Stored) => written({ ...stored, snapshot: { ...SNAPSHOT, groups: [[0, 0]] } })],
  ])('gives none from a file %s', async (_, text) => {
    await writeMergeSnapshot(cache, 'content', 'after', () => SNAPSHOT);
    await writeFile(fileOf('content', 'after'), text(parsed(await readFile(fileOf('content', 'after'), 'utf8'))));
    expect(await readMergeSnapshot(cache, 'content', 'after')).toBeUndefined();
  });

  it('is kept by a reading of a folder, and forgotten with the folders the cache forgets', async () => {
    await mkdir(join(cache.dir, SNAPSHOTS_FOLDER), { recursive: true });
    await writeFile(fileOf(join(work, 'gone'), 'after'), written({ key: 'any', digest: 'any', snapshot: SNAPSHOT }));
    const reading = await readContent('tests/fixtures/timeline', { cache });
    expect(await readdir(join(cache.dir, SNAPSHOTS_FOLDER))).toStrictEqual([`${folderKey('tests/fixtures/timeline')}-after.json`]);
    const snapshot = await readMergeSnapshot(cache, 'tests/fixtures/timeline', 'after');
    expect(snapshot?.articles.map(([id]) => id)).toStrictEqual(reading.analyses.map((analysis) => analysis.articleId));
    expect(snapshot?.groups).toHaveLength(reading.merged.events.length);
  });

  it('tells the tellings of an article read from the cache for those it analysed, so that the next run goes on from the snapshot', async () => {
    const analysed = await readContent('tests/fixtures/timeline', { cache });
    const kept = await readMergeSnapshot(cache, 'tests/fixtures/timeline', 'after');
    const fromCache = await readContent('tests/fixtures/timeline', { cache });
    expect(fromCache).toStrictEqual(analysed);
    expect(await readMergeSnapshot(cache, 'tests/fixtures/timeline', 'after')).toStrictEqual(kept);
    // The tellings of every article, read back, have the digest they had when analysed: the
    // snapshot is taken as it is, every event kept.
    const merger = new EventMerger({ freshAbove: Number.POSITIVE_INFINITY });
    merger.resume(kept!, fromCache.analyses);
    expect(merger.merge(fromCache.analyses)).toStrictEqual(fromCache.merged);
    expect(merger.weighed).toBe(0);
  });
});
