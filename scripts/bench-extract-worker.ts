/**
 * chrono-node's side of `npm run bench:extract`, in its own process: `node bench-extract-worker.ts
 * TEXTS.json` loads chrono-node and the texts, parses every text once with its DCT as the
 * reference date and prints the number of expressions found, so the work cannot be skipped.
 */
import { readFileSync } from 'node:fs';

interface BenchDocument {
  dct: string;
  text: string;
}

const [textsPath] = process.argv.slice(2);
if (textsPath === undefined) {
  console.error('usage: node bench-extract-worker.ts TEXTS.json');
  process.exit(2);
}
const documents = JSON.parse(readFileSync(textsPath, 'utf8')) as BenchDocument[];
const chrono = await import('chrono-node');
let found = 0;
for (const document of documents) found += chrono.parse(document.text, new Date(`${document.dct}T12:00:00Z`)).length;
console.log(found);
