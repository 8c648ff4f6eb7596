/**
 * `npm run bench:dev -- --n 1000`: how long after an article is saved `astro dev` shows its new
 * event. Writes N synthetic articles (bench/generate.ts), starts the dev server over them with a
 * fresh cache, waits until it has read them all, then five times appends a sentence with a new
 * dated event to one article and times, from the write, until that article's page links to the
 * event. Prints each time and their median. A benchmark, not a test: nothing passes or fails.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSyntheticArticles } from './generate.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const PORT = 4399;
/** Five saves: the first ones also warm up the code a save runs (the merge took 1.4 s the first time, 0.6–0.8 s after). */
const EDITS = 5;
/** How often the article's page is asked for while waiting. */
const POLL_MS = 100;

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' } } });
const n = Number(values.n);
if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a whole number of at least 1, not ${JSON.stringify(values.n)}`);

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

/** Wait until `test` holds of the article's page; the milliseconds it took. */
async function until(test: (page: string) => boolean, limitMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (test(await articlePage())) return performance.now() - started;
    await sleep(POLL_MS);
  }
  throw new Error(`gave up after ${limitMs / 1000} s; the server said:\n${log.split('\n').slice(-20).join('\n')}`);
}

try {
  const ready = await until((page) => page.includes('<h1'), 30 * 60_000);
  console.log(`N = ${n}: the dev server showed the article ${(ready / 1000).toFixed(1)} s after it started (a cold reading of every article)`);
  const times: number[] = [];
  for (let edit = 0; edit < EDITS; edit++) {
    const day = 10 + edit;
    // A past meeting, before any article's publication, on a day no generated article uses.
    appendFileSync(edited!, `\nThe two foreign ministers met in Geneva on ${day} March 1931.\n`);
    const started = performance.now();
    await until((page) => page.includes(`/events/1931-03-${day}-`), 10 * 60_000);
    times.push(performance.now() - started);
    // The loader's own account of its reading: "17,000 events from 1,000 articles in 4.2 s, …".
    const reading = [...log.matchAll(/\d[\d,]* events from [\d,]+ articles in [\d.]+ s[^\n]*/gu)].at(-1)?.[0];
    console.log(`edit ${edit + 1}: the new event showed after ${(times.at(-1)! / 1000).toFixed(2)} s${reading ? ` (the loader: ${reading})` : ''}`);
    await sleep(1000);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`median ${(sorted[Math.floor(sorted.length / 2)]! / 1000).toFixed(2)} s from saving the article to its page linking the new event (target ≤ 2 s)`);
} finally {
  server.kill();
  rmSync(work, { recursive: true, force: true });
}
