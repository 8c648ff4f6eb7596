/**
 * `npm run bench:extract`: time `entente extract --jsonl` against chrono-node on the same texts —
 * the MEANTIME articles plus deterministic synthetic news (≥ 4 M characters in all). Each run is a
 * whole child process (start-up, module load, tagging): Entente's is the command users run, the
 * texts as JSON lines on its stdin; chrono-node's a script that loads the texts and parses each.
 * Runs alternate between the engines, and the medians of RUNS runs (default 5) are compared.
 * Entente's command keeps Node's compile cache of its modules between runs (bin/entente.mjs), as
 * it does for its users; chrono-node's script, like a user's, compiles chrono-node each run.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { syntheticArticles } from './bench-synthetic.ts';

const RUNS = Math.max(5, Number(process.env.RUNS ?? 5));
const MIN_SYNTHETIC_CHARS = 4_000_000;

const goldPath = fileURLToPath(new URL('../../shared/eval/meantime-en.jsonl', import.meta.url));
const workerPath = fileURLToPath(new URL('./bench-extract-worker.mjs', import.meta.url));
const ententeBin = fileURLToPath(new URL('../bin/entente.mjs', import.meta.url));

if (!existsSync(goldPath)) {
  console.error(`bench:extract needs the shared evaluation data beside the repository: ${goldPath} is missing.`);
  process.exit(2);
}
const meantime = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim() !== '')
  .map((l) => { const { dct, text } = JSON.parse(l) as { dct: string; text: string }; return { dct, text }; });
const documents = [...meantime, ...syntheticArticles(MIN_SYNTHETIC_CHARS, 20241018)];
const chars = documents.reduce((sum, d) => sum + d.text.length, 0);

const directory = mkdtempSync(join(tmpdir(), 'entente-bench-'));
const textsPath = join(directory, 'texts.json');
writeFileSync(textsPath, JSON.stringify(documents));
const inputPath = join(directory, 'input.jsonl');
const outputPath = join(directory, 'output.jsonl');
writeFileSync(inputPath, documents.map((document, index) => JSON.stringify({ id: String(index), dct: document.dct, text: document.text })).join('\n'));

/**
 * One whole-process run of `engine`: its wall time and the number of expressions it found. Both
 * read their texts from a file, as chrono-node's script does and as `entente extract --jsonl <
 * input.jsonl > output.jsonl` is used; Entente's output goes to a file, counted after the clock
 * stops. (Piping the 4 MB in and the 8 MB out through this process instead charged Entente's
 * run with this process's copying too, which chrono-node's run never had: about 0.1 s.)
 */
function runOnce(engine: 'entente' | 'chrono'): { ms: number; found: number } {
  const input = engine === 'entente' ? openSync(inputPath, 'r') : 'ignore';
  const output = engine === 'entente' ? openSync(outputPath, 'w') : 'pipe';
  const started = performance.now();
  const result =
    engine === 'entente'
      ? spawnSync(process.execPath, [ententeBin, 'extract', '--jsonl'], { stdio: [input, output, 'pipe'], encoding: 'utf8' })
      : spawnSync(process.execPath, [workerPath, textsPath], { stdio: [input, output, 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - started;
  for (const fd of [input, output]) if (typeof fd === 'number') closeSync(fd);
  if (result.status !== 0) throw new Error(`${engine} failed: ${result.stderr}`);
  const found =
    engine === 'entente'
      ? readFileSync(outputPath, 'utf8').trim().split('\n').reduce((sum, line) => sum + (JSON.parse(line) as { timexes: unknown[] }).timexes.length, 0)
      : Number(result.stdout.trim());
  return { ms, found };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

console.log(`Texts: ${documents.length} documents (${meantime.length} MEANTIME + ${documents.length - meantime.length} synthetic), ${(chars / 1e6).toFixed(2)} M characters; ${RUNS} whole-process runs per engine, alternating.`);
const times: Record<'entente' | 'chrono', number[]> = { entente: [], chrono: [] };
const found: Record<'entente' | 'chrono', number> = { entente: 0, chrono: 0 };
for (let run = 0; run < RUNS; run++) {
  for (const engine of run % 2 === 0 ? (['entente', 'chrono'] as const) : (['chrono', 'entente'] as const)) {
    const result = runOnce(engine);
    times[engine].push(result.ms);
    found[engine] = result.found;
  }
}
rmSync(directory, { recursive: true, force: true });

const ours = median(times.entente);
const theirs = median(times.chrono);
const row = (name: string, ms: number, all: number[], count: number) =>
  `${name.padEnd(24)} median ${ms.toFixed(0).padStart(6)} ms  ${((chars / (ms / 1000)) / 1e6).toFixed(2).padStart(6)} M chars/s  expressions ${String(count).padStart(6)}  runs [${all.map((t) => t.toFixed(0)).join(', ')}]`;
console.log(row('entente extract --jsonl', ours, times.entente, found.entente));
console.log(row('chrono', theirs, times.chrono, found.chrono));
console.log(`ratio entente/chrono: ${(ours / theirs).toFixed(3)} (target ≤ 0.5); entente throughput ${((chars / (ours / 1000)) / 1e6).toFixed(2)} MB/s (target ≥ 1, whole process incl. start-up)`);
