import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTICLES_PER_WORKER } from './events/analyse-pool.ts';
import { readContent } from './site-data.ts';

const FIXTURE = 'tests/fixtures/timeline/articles';

let work: string;
let started: Worker[] = [];
const onWorker = (message: unknown): void => void started.push((message as { worker: Worker }).worker);
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'entente-site-data-'));
  started = [];
  subscribe('worker_threads', onWorker);
});
afterEach(async () => {
  unsubscribe('worker_threads', onWorker);
  await rm(work, { recursive: true, force: true });
});

/** `work` run with ENTENTE_WORKERS set to `workers` (see poolSize), whatever the machine's cores. */
async function withWorkers<T>(workers: string, work: () => Promise<T>): Promise<T> {
  process.env.ENTENTE_WORKERS = workers;
  try {
    return await work();
  } finally {
    delete process.env.ENTENTE_WORKERS;
  }
}

/** A content folder holding enough copies of the fixture's articles for two workers to pay, each copy its own id. */
async function manyArticles(): Promise<{ dir: string; count: number }> {
  const dir = join(work, 'content');
  await mkdir(join(dir, 'articles'), { recursive: true });
  const names = (await readdir(FIXTURE)).filter((name) => name.endsWith('.md'));
  let count = 0;
  for (let copy = 0; count < 2 * ARTICLES_PER_WORKER + 10; copy++) {
    for (const name of names) await copyFile(join(FIXTURE, name), join(dir, 'articles', `${copy}-${name}`));
    count += names.length;
  }
  return { dir, count };
}

// Two workers load the library and compromise, then analyse some sixty articles: seconds on a busy machine.
describe('readContent', { timeout: 120_000 }, () => {
  it('gives with workers analysing as the articles are read exactly the analyses of the main thread alone', async () => {
    const { dir } = await manyArticles();
    // No worker: every article analysed on this thread, after all are read.
    const alone = await withWorkers('0', () => readContent(dir, { cache: false }));
    expect(started).toEqual([]);
    const pooled = await withWorkers('2', () => readContent(dir, { cache: false }));
    expect(started.length).toBeGreaterThan(1);
    expect(pooled.analyses).toStrictEqual(alone.analyses);
    expect(started.map((worker) => worker.threadId).every((id) => id === -1)).toBe(true);
  });

  it('tells each article it keeps once, in order, and none of two files set aside for sharing an id', async () => {
    const { dir, count } = await manyArticles();
    const [first] = (await readdir(FIXTURE)).filter((name) => name.endsWith('.md'));
    await copyFile(join(FIXTURE, first!), join(dir, 'articles', 'Twin story.md'));
    await copyFile(join(FIXTURE, first!), join(dir, 'articles', 'twin-story.md'));
    const told: Array<[number, number]> = [];
    const reading = withWorkers('2', () => readContent(dir, { cache: false, onProgress: (analysed, total) => void told.push([analysed, total]) }));
    await expect(reading).rejects.toThrow(/id "twin-story"/u);
    expect(started.length).toBeGreaterThan(1);
    expect(told).toEqual(Array.from({ length: count }, (_, index) => [index + 1, count]));
    expect(started.map((worker) => worker.threadId).every((id) => id === -1)).toBe(true);
  });
});
