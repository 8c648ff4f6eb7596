/**
 * `npm run bench:dev -- --n 1000`: how long after an article is saved `astro dev` shows its new
 * event. Writes N synthetic articles (bench/generate.ts), starts the dev server over them with a
 * fresh cache, waits until it has read them all, then (`--saves`, five by default) appends a
 * sentence with a new dated event to one article and times, from the write, until that article's
 * page links to the event. Prints each time, their median, and the saves not shown within a
 * minute. `--readers K` has K more clients ask for the home page every 30–70 ms meanwhile, as open
 * tabs and other users do: a page requested while Astro writes its store once kept the dev server
 * on the store as it was (see `STALE_STORE_MS`, src/loaders/readings.ts). A benchmark, not a test:
 * nothing passes or fails.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
// Subpath import: the package root loads every date-fns function.
import { format } from 'date-fns/format';
import { count } from './args.ts';
import { writeSyntheticArticles } from './generate.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const PORT = 4399;
/** How often the article's page is asked for while waiting. */
const POLL_MS = 100;
/** How long a save may take to show before it counts as not shown. */
const SHOWN_WITHIN_MS = 60_000;

// Five saves by default: the first ones also warm up the code a save runs (the merge took 1.4 s the first time, 0.6–0.8 s after).
const USAGE = 'Usage: npm run bench:dev -- [--n 1000] [--saves 5] [--readers 0]';
let n: number, saves: number, readers: number;
try {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, saves: { type: 'string', default: '5' }, readers: { type: 'string', default: '0' } } });
  [n, saves, readers] = [count('n', values.n, 1), count('saves', values.saves, 1), count('readers', values.readers, 0)];
} catch (error) {
  process.stderr.write(`bench:dev: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'entente-bench-dev-'));
const content = join(work, 'content');
const [edited] = writeSyntheticArticles(content, n, 20241018);
const articleId = basename(edited!, '.md');
// Astro's own cache (its data store) in the scratch folder too, as `npm run bench` does (bench/entente.config.mjs).
const env = { ...process.env, ENTENTE_CONTENT: content, ENTENTE_CACHE_DIR: join(work, 'cache'), BENCH_ASTRO_CACHE: join(work, 'astro-cache'), ASTRO_TELEMETRY_DISABLED: '1' };
const server = spawn(process.execPath, [join(REPO, 'node_modules/astro/bin/astro.mjs'), 'dev', '--config', 'bench/entente.config.mjs', '--port', String(PORT), '--host', '127.0.0.1'], {
  cwd: REPO,
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The article's page as the dev server renders it now, or '' while it cannot answer. */
async function articlePage(): Promise<string> {
  try {
    const response = await fetch(`http://127.0.0.1:${PORT}/articles/${articleId}/`);
    return response.ok ? await response.text() : '';
  } catch {
    return '';
  }
}

/** Wait until `test` holds of the article's page: the milliseconds it took, or undefined after `limitMs`. */
async function until(test: (page: string) => boolean, limitMs: number): Promise<number | undefined> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (test(await articlePage())) return performance.now() - started;
    await sleep(POLL_MS);
  }
  return undefined;
}

/** Ask for the home page every 30–70 ms until `done()`; a request that fails or hangs is let go. */
async function read(done: () => boolean): Promise<void> {
  while (!done()) {
    await fetch(`http://127.0.0.1:${PORT}/`, { signal: AbortSignal.timeout(10_000) })
      .then((response) => response.text())
      .catch(() => '');
    await sleep(30 + Math.random() * 40);
  }
}

try {
  const ready = await until((page) => page.includes('<h1'), 30 * 60_000);
  if (ready === undefined) throw new Error(`the dev server showed nothing in 30 minutes; it said:\n${log.split('\n').slice(-20).join('\n')}`);
  console.log(`N = ${n}: the dev server showed the article ${(ready / 1000).toFixed(1)} s after it started (a cold reading of every article)`);
  let finished = false;
  const readersDone = Promise.all(Array.from({ length: readers }, () => read(() => finished)));
  const times: number[] = [];
  let unseen = 0;
  for (let edit = 0; edit < saves; edit++) {
    // A past meeting, before any article's publication, on a date no generated article uses.
    const day = new Date(1931, 0, 1 + edit);
    const date = format(day, 'yyyy-MM-dd');
    appendFileSync(edited!, `\nThe two foreign ministers met in Geneva on ${format(day, 'd MMMM yyyy')}.\n`);
    const shown = await until((page) => page.includes(`/events/${date}-`), SHOWN_WITHIN_MS);
    // The loader's own account of its reading: "17,000 events from 1,000 articles in 4.2 s, …".
    const reading = [...log.matchAll(/\d[\d,]* events from [\d,]+ articles in [\d.]+ s[^\n]*/gu)].at(-1)?.[0];
    const loader = reading ? ` (the loader: ${reading})` : '';
    if (shown === undefined) unseen += 1;
    else times.push(shown);
    console.log(`save ${edit + 1}: ${shown === undefined ? `the new event did not show within ${SHOWN_WITHIN_MS / 1000} s` : `the new event showed after ${(shown / 1000).toFixed(2)} s`}${loader}`);
    await sleep(1000);
  }
  finished = true;
  await readersDone;
  const sorted = [...times].sort((a, b) => a - b);
  if (sorted.length > 0) console.log(`median ${(sorted[Math.floor(sorted.length / 2)]! / 1000).toFixed(2)} s, slowest ${(sorted.at(-1)! / 1000).toFixed(2)} s, from saving the article to its page linking the new event (target ≤ 2 s)`);
  console.log(`${unseen} of ${saves} saves not shown within ${SHOWN_WITHIN_MS / 1000} s${readers > 0 ? `, with ${readers} other clients reading the home page` : ''}`);
} finally {
  server.kill();
  rmSync(work, { recursive: true, force: true });
}
