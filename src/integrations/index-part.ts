/**
 * One part of the search index (see search-index.ts), written by Pagefind. Pagefind's service
 * indexes on one thread, and its Node API keeps one service for each copy of its module: parts are
 * indexed at once each in a thread of its own (index-part-worker.ts), which loads its own copy and
 * so starts its own service. At 1,000 articles (17,600 pages in two parts) the two took 12.4 s
 * side by side on two cores, and 19–21 s one after the other.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { siblingFile } from '../lib/sibling-file.ts';

/** The module of a part's thread, or undefined when it is not beside this one as a file (a bundle). */
const WORKER_URL = siblingFile('./index-part-worker.ts', import.meta.url);

/**
 * How many parts may be written at once: one a core, at most two, as each service holds about ten
 * times its pages' HTML in memory until it is written (see PART_BYTES, search-index.ts); one when
 * no thread can be started, as this thread's copy of Pagefind runs a single service, which the
 * first part to finish would stop under the other.
 */
export const PARTS_AT_ONCE = WORKER_URL === undefined ? 1 : Math.min(2, availableParallelism());

/** Pagefind's options for every part. */
export const INDEX_OPTIONS = {};

/** How many pages are sent to Pagefind at once: one at a time, waiting for each, took half as long again. */
const PAGES_IN_FLIGHT = 64;

/** What a part is written from: the build's folder, the part's folder, and its pages (paths in the build). */
export interface PartJob {
  site: string;
  outputPath: string;
  pages: readonly string[];
}

/** Index the part's pages into its folder, on this thread. */
export async function indexPart({ site, outputPath, pages }: PartJob): Promise<void> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const problems: string[] = [];
  for (let at = 0; at < pages.length; at += PAGES_IN_FLIGHT) {
    const added = await Promise.all(
      pages.slice(at, at + PAGES_IN_FLIGHT).map((path) => index.addHTMLFile({ sourcePath: path, content: readFileSync(join(site, path), 'utf8') })),
    );
    for (const { errors: pageErrors } of added) problems.push(...pageErrors);
  }
  const written = await index.writeFiles({ outputPath });
  problems.push(...written.errors);
  // Pagefind's service holds what it read until it stops: stopped, its memory is freed at once.
  await pagefind.close();
  if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
}

/**
 * `indexPart` on a thread of its own; on this one when no thread can be started (see
 * PARTS_AT_ONCE). Rejects with the thread's error when the part could not be written.
 */
export function indexPartOnThread(job: PartJob): Promise<void> {
  if (WORKER_URL === undefined) return indexPart(job);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: { indexPart: job } });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`search index: the thread writing ${job.outputPath} stopped with exit code ${code}`))));
  });
}
