/**
 * The worker thread of `startAnalysis` (analyse-pool.ts): it builds the analysis context once from
 * the knowledge it is started with, then analyses each article it is sent and posts the analysis
 * back. Articles and analyses are plain data, so the structured clone of `postMessage` carries
 * them whole.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Knowledge } from '../knowledge/load.ts';
import { analyseArticle, createAnalysisContext } from './analyse.ts';
import type { WorkerReply, WorkerRequest } from './analyse-pool.ts';

/** What the pool starts a worker with (see `startAnalysis`). */
const data = workerData as { analyseWorker?: { knowledge: Pick<Knowledge, 'actors' | 'knownEvents'> } } | null;
// Only as the pool's worker: importing this module elsewhere (the doc-example test imports every
// module, maybe from a test runner's own worker thread) must not answer another thread's messages.
if (parentPort !== null && data?.analyseWorker !== undefined) {
  const port = parentPort;
  // Once per worker, not per article: the gazetteer and matchers are the costly part of the context.
  const context = createAnalysisContext(data.analyseWorker.knowledge);
  port.on('message', ({ index, article }: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { index, analysis: analyseArticle(article, context) };
    } catch {
      // The pool analyses this article again on the main thread, where it throws the very error
      // the sequential path throws (its class and properties, which a clone would lose).
      reply = { index, failed: true };
    }
    port.postMessage(reply);
  });
}
