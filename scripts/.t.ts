import { readFileSync } from 'node:fs';
const docs = JSON.parse(readFileSync('/tmp/texts.json', 'utf8')) as Array<{text: string, dct: string}>;
const { tagTimexes } = await import('../src/lib/dates/index.ts');
for (let rep = 0; rep < 4; rep++) {
let t = performance.now(); let n = 0;
for (const d of docs) n += tagTimexes(d.text, { dct: d.dct }).length;
console.log((performance.now() - t).toFixed(0));
}
