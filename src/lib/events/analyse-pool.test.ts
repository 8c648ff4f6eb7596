import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Worker } from 'node:worker_threads';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadArticles } from '../article/load.ts';
import type { Article } from '../article/parse.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import type { Knowledge } from '../knowledge/load.ts';
import { analyseArticle, createAnalysisContext } from './analyse.ts';
import type { AnalysisContext } from './analyse.ts';
import { ARTICLES_PER_WORKER, poolSize, startAnalysis, type AnalysisOptions } from './analyse-pool.ts';

// Real articles with the editors' actors and known events, so that the workers' contexts matter.
const FIXTURE = 'tests/fixtures/timeline';

let articles: Article[];
let knowledge: Knowledge;
let context: AnalysisContext;
beforeAll(async () => {
  knowledge = (await loadKnowledge(FIXTURE)).knowledge;
  articles = (await loadArticles(`${FIXTURE}/articles`)).articles;
  context = createAnalysisContext(knowledge);
});

/** Every worker thread started by this file's tests, as Node announces them, and how many answers they gave. */
let started: Worker[] = [];
let answers = 0;
const onWorker = (message: unknown): void => {
  const { worker } = message as { worker: Worker };
  started.push(worker);
  worker.on('message', () => void (answers += 1));
};
beforeEach(() => {
  started = [];
  answers = 0;
  subscribe('worker_threads', onWorker);
});
afterEach(() => void unsubscribe('worker_threads', onWorker));

/** An article whose analysis throws: no sentences to read. */
const broken = (article: Article): Article => ({ ...article, sentences: null as unknown as Article['sentences'] });

/** Add every article, then ask for them all, as a build that has read them does. */
function analyseAll(some: readonly Article[], options: Omit<AnalysisOptions, 'knowledge' | 'context'>) {
  const analysis = startAnalysis({ knowledge, context, ...options });
  for (const article of some) analysis.add(article);
  return analysis.finish(some);
}

// Each worker loads the library and compromise anew: seconds on a busy machine, more than the default 5 s.
describe('startAnalysis', { timeout: 60_000 }, () => {
  it('gives on two workers exactly the analyses the main thread gives, in article order, and terminates them', async () => {
    const sequential = articles.map((article) => analyseArticle(article, context));
    const done: Article[] = [];
    const pooled = await analyseAll(articles, { workers: () => 2, onAnalysed: (article) => done.push(article) });
    expect(pooled).toStrictEqual(sequential);
    expect(new Set(done)).toEqual(new Set(articles));
    expect(done).toHaveLength(articles.length);
    // The workers analysed every article, none was left to the main thread, and all have exited (no thread id left).
    expect(answers).toBe(articles.length);
    expect(started.map((worker) => worker.threadId)).toEqual([-1, -1]);
  });

  it('throws the error the main thread throws for the first article that fails, and terminates the workers', async () => {
    const some = [...articles.slice(0, 4), broken(articles[4]!), ...articles.slice(5, 7)];
    let expected: unknown;
    try {
      analyseArticle(some[4]!, context);
    } catch (error) {
      expected = error;
    }
    expect(expected).toBeInstanceOf(TypeError);
    const pooled = analyseAll(some, { workers: () => 2 });
    await expect(pooled).rejects.toThrow(expected as TypeError);
    await expect(pooled).rejects.toBeInstanceOf(TypeError);
    expect(started.map((worker) => worker.threadId)).toEqual([-1, -1]);
  });

  it('analyses on the main thread when the worker cannot be started', async () => {
    const missing = new URL('./no-such-worker.ts', import.meta.url);
    const pooled = await analyseAll(articles.slice(0, 3), { workers: () => 2, workerUrl: missing });
    expect(pooled).toStrictEqual(articles.slice(0, 3).map((article) => analyseArticle(article, context)));
  });

  it('starts no worker for fewer than two', async () => {
    await analyseAll(articles.slice(0, 2), { workers: () => 1 });
    await analyseAll(articles.slice(0, 1), { workers: () => 2 });
    expect(started).toEqual([]);
  });

  it('starts workers only once as many articles have been added as pay for them', async () => {
    const asked: number[] = [];
    const analysis = startAnalysis({ knowledge, context, workers: (added) => (asked.push(added), added >= 3 ? 2 : 1) });
    analysis.add(articles[0]!);
    analysis.add(articles[1]!);
    expect(started).toEqual([]);
    analysis.add(articles[2]!);
    expect(started).toHaveLength(2);
    expect(asked).toEqual([1, 2, 3]);
    await analysis.finish(articles.slice(0, 3));
    expect(started.map((worker) => worker.threadId)).toEqual([-1, -1]);
  });

  it('stops its workers on abort, their work undone', async () => {
    const analysis = startAnalysis({ knowledge, context, workers: () => 2 });
    for (const article of articles) analysis.add(article);
    await analysis.abort();
    expect(started).toHaveLength(2);
    expect(started.map((worker) => worker.threadId)).toEqual([-1, -1]);
  });

  it('returns the analyses of the articles asked for, in their order: one never added is analysed then, one added and not asked for is left out', async () => {
    const analysis = startAnalysis({ knowledge, context, workers: () => 2 });
    for (const article of articles.slice(0, 4)) analysis.add(article);
    const asked = [articles[3]!, articles[5]!, articles[0]!];
    expect(await analysis.finish(asked)).toStrictEqual(asked.map((article) => analyseArticle(article, context)));
  });
});

describe('poolSize', () => {
  it('uses a worker per core only when each has enough articles to pay for starting it', () => {
    expect(poolSize(2 * ARTICLES_PER_WORKER - 1, {}, 2)).toBe(1);
    expect(poolSize(2 * ARTICLES_PER_WORKER, {}, 2)).toBe(2);
    expect(poolSize(100 * ARTICLES_PER_WORKER, {}, 2)).toBe(2);
    expect(poolSize(100 * ARTICLES_PER_WORKER, {}, 64)).toBe(8);
    expect(poolSize(1000, {}, 1)).toBe(1);
  });

  it('follows ENTENTE_WORKERS: 0 or 1 for the main thread, N for at most N', () => {
    expect(poolSize(1000, { ENTENTE_WORKERS: '0' }, 8)).toBe(0);
    expect(poolSize(1000, { ENTENTE_WORKERS: '1' }, 8)).toBe(1);
    expect(poolSize(1000, { ENTENTE_WORKERS: '3' }, 8)).toBe(3);
    expect(poolSize(3 * ARTICLES_PER_WORKER, { ENTENTE_WORKERS: '16' }, 2)).toBe(3);
    expect(poolSize(10, { ENTENTE_WORKERS: '4' }, 8)).toBe(1);
    expect(poolSize(1000, { ENTENTE_WORKERS: 'many' }, 2)).toBe(2);
  });
});
