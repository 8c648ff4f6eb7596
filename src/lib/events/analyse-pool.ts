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

/** Options for `startAnalysis`. */
export interface AnalysisOptions {
  /** The editors' knowledge `context` was built from: each worker builds its own context from it. */
  knowledge: Pick<Knowledge, 'actors' | 'knownEvents'>;
  /** The context of the main thread, for analysing there. */
  context: AnalysisContext;
  /**
   * How many workers pay for this many articles (see `poolSize`), asked again as articles are
   * added; 0 or 1 analyses on the main thread.
   */
  workers: (articles: number) => number;
  /** Called once for each article as its analysis is done, in the order they are done. */
  onAnalysed?: (article: Article, analysis: ArticleAnalysis) => void;
  /** The worker's module; by default analyse-worker.ts beside this one. For tests. */
  workerUrl?: URL;
}

/** Articles handed over for analysis as they are read (see `startAnalysis`). */
export interface AnalysisQueue {
  /** Analyse `article` on a worker as soon as one is free; workers start once enough articles have been added to pay for them. */
  add(article: Article): void;
  /**
   * The analyses of `articles`, in their order, each `analyseArticle(article, context)` exactly:
   * from the workers, and on the main thread for any not added or left undone (no worker could
   * start, or one failed). An article whose analysis throws throws the same error as on the main
   * thread, the first such in order, as a loop would. Every worker is terminated before this
   * settles, so a script that calls it exits by itself.
   */
  finish(articles: readonly Article[]): Promise<ArticleAnalysis[]>;
  /** Stop the workers, their work undone, and settle once they have exited: for a reading that ends in an error. */
  abort(): Promise<void>;
}

/**
 * Start analysing articles as they come: a build reads and parses the articles on the main
 * thread, and the workers analyse the first while the rest are read, instead of waiting idle for
 * the last (at 4,000 articles reading took 10–13 s before the first analysis; a worker's start,
 * 1–2 s, is spent meanwhile too). Articles go to the workers in the order added, one at a time to
 * whichever is free (articles differ in length).
 *
 * @example
 * const { article } = parseArticle(new TextEncoder().encode('---\ntitle: A\ndate: 2024-10-18\n---\nLammy met Wang Yi in Beijing on Friday.'), 'a.md')
 * const knowledge = { actors: [], knownEvents: [] }
 * const analysis = startAnalysis({ knowledge, context: createAnalysisContext(knowledge), workers: () => 2 })
 * analysis.add(article)
 * const [analysed] = await analysis.finish([article])
 * analysed.candidates.map((event) => event.date.value) //=> ['2024-10-18']
 */
export function startAnalysis(options: AnalysisOptions): AnalysisQueue {
  const workerUrl = options.workerUrl ?? siblingFile('./analyse-worker.ts', import.meta.url);
  const added: Article[] = [];
  const analyses = new Map<Article, ArticleAnalysis>();
  /** Each worker, and whether it has an article to analyse. */
  const workers: Array<{ worker: Worker; busy: boolean }> = [];
  let next = 0;
  /** No more work goes to the workers: all is done, or one failed or could not start. */
  let stopped = false;
  let exited: Promise<unknown> = Promise.resolve();
  /** Set by `finish`: called once the workers have stopped. */
  let finished: (() => void) | undefined;

  const done = (article: Article, analysis: ArticleAnalysis): void => {
    analyses.set(article, analysis);
    options.onAnalysed?.(article, analysis);
  };
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    exited = Promise.allSettled(workers.map(({ worker }) => worker.terminate()));
    finished?.();
  };
  /** Give a free worker the next article; once `finish` waits and nothing is left, stop. */
  const feed = (entry: (typeof workers)[number]): void => {
    if (stopped) return;
    if (next < added.length) {
      const request: WorkerRequest = { index: next, article: added[next]! };
      next += 1;
      try {
        entry.worker.postMessage(request);
      } catch {
        // An article that cannot be sent (nothing in a parsed article should fail to clone) is left to the main thread.
        stop();
        return;
      }
      entry.busy = true;
    } else {
      entry.busy = false;
      if (finished !== undefined && workers.every((other) => !other.busy)) stop();
    }
  };
  const spawn = (url: URL): void => {
    let worker: Worker;
    try {
      // Only the editors' actors and known events: the context is built from nothing else.
      worker = new Worker(url, { workerData: { analyseWorker: { knowledge: { actors: options.knowledge.actors, knownEvents: options.knowledge.knownEvents } } } });
    } catch {
      stop();
      return;
    }
    const entry = { worker, busy: false };
    workers.push(entry);
    worker.on('message', (reply: WorkerReply) => {
      if (stopped) return;
      if ('failed' in reply) return stop();
      done(added[reply.index]!, reply.analysis);
      feed(entry);
    });
    // A worker that cannot load its module, crashes or exits early leaves its work to the main thread.
    worker.on('error', stop);
    worker.on('exit', stop);
  };

  return {
    add(article) {
      added.push(article);
      if (stopped || workerUrl === undefined) return;
      const wanted = Math.min(options.workers(added.length), added.length);
      while (wanted > 1 && workers.length < wanted && !stopped) spawn(workerUrl);
      for (const entry of workers) if (!entry.busy) feed(entry);
    },
    async finish(articles) {
      if (workers.length === 0) stop();
      if (!stopped) {
        await new Promise<void>((resolve) => {
          finished = resolve;
          if (workers.every((entry) => !entry.busy)) stop();
        });
      }
      await exited;
      // What the workers did not analyse is analysed here, in order: the first article that fails
      // throws as in a plain loop. Only the few in flight when a worker failed are analysed again.
      return articles.map((article) => {
        const known = analyses.get(article);
        if (known !== undefined) return known;
        const analysis = analyseArticle(article, options.context);
        done(article, analysis);
        return analysis;
      });
    },
    async abort() {
      stop();
      await exited;
    },
  };
}
