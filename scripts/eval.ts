/**
 * `npm run eval`: tag the MEANTIME English news corpus with Entente's TIMEX3 tagger and score it
 * with the shared TempEval-3 scorer. Prints the scorer's overall and per-type table, then the five
 * slowest documents. Extra arguments go to the scorer (`npm run eval -- --errors 20`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { tagTimexes } from '../src/lib/dates/index.ts';

// The shared directory sits beside the repository: <parent>/main and <parent>/shared.
const goldPath = fileURLToPath(new URL('../../shared/eval/meantime-en.jsonl', import.meta.url));
const scorerPath = fileURLToPath(new URL('../../shared/eval/score.mjs', import.meta.url));

interface GoldDocument {
  id: string;
  dct: string;
  text: string;
}

const documents: GoldDocument[] = readFileSync(goldPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as GoldDocument);

const timings: Array<{ id: string; ms: number; chars: number }> = [];
const lines: string[] = [];
for (const document of documents) {
  const started = performance.now();
  const timexes = tagTimexes(document.text, { dct: document.dct });
  timings.push({ id: document.id, ms: performance.now() - started, chars: document.text.length });
  lines.push(JSON.stringify({ id: document.id, timexes }));
}

const directory = mkdtempSync(join(tmpdir(), 'entente-eval-'));
const predictionsPath = join(directory, 'predictions.jsonl');
writeFileSync(predictionsPath, lines.join('\n') + '\n');
const result = spawnSync(process.execPath, [scorerPath, goldPath, predictionsPath, ...process.argv.slice(2)], { encoding: 'utf8' });
rmSync(directory, { recursive: true, force: true });
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);

const total = timings.reduce((sum, t) => sum + t.ms, 0);
const chars = timings.reduce((sum, t) => sum + t.chars, 0);
console.log(`\nTagged ${documents.length} documents (${chars} characters) in ${total.toFixed(1)} ms.`);
console.log('Slowest documents:');
for (const t of [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5)) {
  console.log(`  ${t.ms.toFixed(2).padStart(8)} ms  ${String(t.chars).padStart(6)} chars  ${t.id}`);
}
process.exitCode = result.status ?? 1;
