/**
 * chrono-node's side of `npm run bench:extract`, in its own process: `node bench-extract-worker.mjs
 * TEXTS.json` loads chrono-node and the texts, parses every text once with its DCT as the
 * reference date and prints the number of expressions found, so the work cannot be skipped.
 *
 * Plain JavaScript, as a script of chrono-node's users would be: from TypeScript, Node would load
 * its type stripper first, ~0.1 s that chrono-node's time should not carry.
 */
import { readFileSync } from 'node:fs';

const [textsPath] = process.argv.slice(2);
if (textsPath === undefined) {
  console.error('usage: node bench-extract-worker.mjs TEXTS.json');
  process.exit(2);
}
/** @type {Array<{ dct: string, text: string }>} */
const documents = JSON.parse(readFileSync(textsPath, 'utf8'));
const chrono = await import('chrono-node');
let found = 0;
for (const document of documents) found += chrono.parse(document.text, new Date(`${document.dct}T12:00:00Z`)).length;
console.log(found);
