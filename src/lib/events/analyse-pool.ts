/**
 * Analyse many articles at once, on worker threads when there are enough of them to pay for the
 * threads' start-up. Analysing an article costs 110–160 ms, mostly in compromise, and is most of a
 * cold build; it depends on nothing but the article and the knowledge, so articles can be
 * analysed on every core with results identical to analysing them one after another.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../article/parse.ts';
import type { Knowledge } from '../knowledge/load.ts';
import { siblingFile } from '../sibling-file.ts';
import { analyseArticle } from './analyse.ts';
import type { AnalysisContext, ArticleAnalysis } from './analyse.ts';

/** An article sent to a worker, by its index among the articles to analyse. */
export interface WorkerRequest {
  index: number;
  article: Article;
}

/** A worker's answer: the analysis, or that it failed (the main thread then throws the error). */
export type WorkerReply = { index: number; analysis: ArticleAnalysis } | { index: number; failed: true };

/**
 * How many articles must be left for each worker started. Measured on the 2-core machine (Node 24,
 * the 200 synthetic articles of bench/generate.ts): a worker answers its first article 1.2–1.8 s
 * after it is created (loading the library and compromise with type stripping, building the
 * context, a cold JIT), where the warm main thread takes 110–180 ms an article; so each worker
 * costs about ten articles' time before it helps, and two workers should beat the main thread
 * alone from some 20–25 articles; 25 each keeps start-up under half of what they save. This assumes
 * idle cores (a CI runner): where another process holds a core, the workers share it and can lose.
 */
export const ARTICLES_PER_WORKER = 25;

/** The most workers started by default: each holds its own copy of the library and compromise in memory. */
export const MAX_WORKERS = 8;

/**
 * How many workers to analyse `articles` articles with: 1 or 0 means none, on the main thread.
 * By default one per core, at most `MAX_WORKERS`, and only as many as have `ARTICLES_PER_WORKER`
 * each. `ENTENTE_WORKERS` chooses: `0` or `1` analyses on the main thread, `N` uses at most N
 * workers (still only as many as pay).
 *
 * @example
 * poolSize(200, {}, 2) //=> 2
 * poolSize(40, {}, 2) //=> 1
 * poolSize(200, { ENTENTE_WORKERS: '0' }, 2) //=> 0
 */
export function poolSize(articles: number, env: NodeJS.ProcessEnv = process.env, cores: number = availableParallelism()): number {
  const chosen = env.ENTENTE_WORKERS?.trim();
  const limit = chosen !== undefined && /^\d+$/u.test(chosen) ? Number(chosen) : Math.min(cores, MAX_WORKERS);
  if (limit <= 1) return limit;
  return Math.max(1, Math.min(limit, Math.floor(articles / ARTICLES_PER_WORKER)));
}

/** Options for `analyseArticles`. */
export interface AnalyseArticlesOptions {
  /** The editors' knowledge `context` was built from: each worker builds its own context from it. */
  knowledge: Pick<Knowledge, 'actors' | 'knownEvents'>;
  /** The context of the main thread, for analysing there. */
  context: AnalysisContext;
  /** How many workers to use (see `poolSize`); 0 or 1 analyses on the main thread. */
  workers: number;
  /** Called once for each article as its analysis is done, in the order they are done. */
  onAnalysed?: (index: number, analysis: ArticleAnalysis) => void;
  /** The worker's module; by default analyse-worker.ts beside this one. For tests. */
  workerUrl?: URL;
}

/**
 * Analyse every article, `analyses[i]` being `analyseArticle(articles[i], context)` exactly:
 * on `workers` worker threads, or on the main thread when fewer than two are asked for or they
 * cannot be started. An article whose analysis throws throws the same error as on the main
 * thread, the first such in order, as a loop would. Every worker is terminated before this
 * settles, so a script that calls it exits by itself.
 *
 * @example
 * const { article } = parseArticle(new TextEncoder().encode('---\ntitle: A\ndate: 2024-10-18\n---\nLammy met Wang Yi in Beijing on Friday.'), 'a.md')
 * const knowledge = { actors: [], knownEvents: [] }
 * const [analysis] = await analyseArticles([article], { knowledge, context: createAnalysisContext(knowledge), workers: 2 })
 * analysis.candidates.map((event) => event.date.value) //=> ['2024-10-18']
 */
export async function analyseArticles(articles: readonly Article[], options: AnalyseArticlesOptions): Promise<ArticleAnalysis[]> {
  const analyses: Array<ArticleAnalysis | undefined> = new Array<ArticleAnalysis | undefined>(articles.length);
  const done = (index: number, analysis: ArticleAnalysis): void => {
    analyses[index] = analysis;
    options.onAnalysed?.(index, analysis);
  };
  const url = options.workerUrl ?? siblingFile('./analyse-worker.ts', import.meta.url);
  const workers = Math.min(options.workers, articles.length);
  if (workers > 1 && url !== undefined) await analyseOnWorkers(articles, options.knowledge, workers, url, done);
  // What the workers did not analyse (all of it when they could not start, the rest when one
  // failed) is analysed here, in order: the first article that fails throws as in a plain loop.
  // Articles go to the workers in order too, so only the few in flight before a failed one are
  // analysed again.
  for (const [index, article] of articles.entries()) {
    if (analyses[index] === undefined) done(index, analyseArticle(article, options.context));
  }
  return analyses as ArticleAnalysis[];
}

/**
 * Hand the articles out in order, one at a time to whichever worker is free (articles differ in
 * length), until all are done or any worker fails; settles after every worker has exited.
 * Never rejects: what is left undone is the caller's to analyse.
 */
function analyseOnWorkers(
  articles: readonly Article[],
  knowledge: AnalyseArticlesOptions['knowledge'],
  count: number,
  url: URL,
  done: (index: number, analysis: ArticleAnalysis) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const workers: Worker[] = [];
    let next = 0;
    let finished = 0;
    let stopped = false;
    const stop = (): void => {
      if (stopped) return;
      stopped = true;
      void Promise.allSettled(workers.map((worker) => worker.terminate())).then(() => resolve());
    };
    const feed = (worker: Worker): void => {
      if (next >= articles.length) return;
      const request: WorkerRequest = { index: next, article: articles[next]! };
      next += 1;
      worker.postMessage(request);
    };
    for (let started = 0; started < count && !stopped; started += 1) {
      let worker: Worker;
      try {
        // Only the editors' actors and known events: the context is built from nothing else.
        worker = new Worker(url, { workerData: { analyseWorker: { knowledge: { actors: knowledge.actors, knownEvents: knowledge.knownEvents } } } });
      } catch {
        stop();
        break;
      }
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (stopped) return;
        if ('failed' in reply) return stop();
        done(reply.index, reply.analysis);
        finished += 1;
        if (finished === articles.length) stop();
        else feed(worker);
      });
      // A worker that cannot load its module, crashes or exits early leaves its work to the main thread.
      worker.on('error', stop);
      worker.on('exit', stop);
      feed(worker);
    }
  });
}
