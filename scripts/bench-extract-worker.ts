/**
 * One benchmark run in its own process: `node bench-extract-worker.ts ENGINE TEXTS.json`, where
 * ENGINE is `entente` or `chrono`. Loads the engine and the texts, tags every text once and
 * prints the number of expressions found (so the work cannot be skipped) and the process's CPU
 * time in ms since it started (user + system, start-up included), a figure less disturbed than
 * wall time when the machine is busy.
 */
import { readFileSync } from 'node:fs';

interface BenchDocument {
  dct: string;
  text: string;
}

const [engine, textsPath] = process.argv.slice(2);
if (textsPath === undefined || (engine !== 'entente' && engine !== 'chrono')) {
  console.error('usage: node bench-extract-worker.ts entente|chrono TEXTS.json');
  process.exit(2);
}
const documents = JSON.parse(readFileSync(textsPath, 'utf8')) as BenchDocument[];
let found = 0;
if (engine === 'entente') {
  const { tagTimexes } = await import('../src/lib/dates/index.ts');
  for (const document of documents) found += tagTimexes(document.text, { dct: document.dct }).length;
} else {
  const chrono = await import('chrono-node');
  for (const document of documents) found += chrono.parse(document.text, new Date(`${document.dct}T12:00:00Z`)).length;
}
const cpu = process.cpuUsage();
console.log(`${found} ${((cpu.user + cpu.system) / 1000).toFixed(1)}`);
