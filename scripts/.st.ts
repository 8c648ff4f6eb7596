import { readFileSync } from 'node:fs';
const docs = JSON.parse(readFileSync('/tmp/texts.json', 'utf8')) as Array<{text: string, dct: string}>;
const { tagTimexes, STAGE } = await import('../src/lib/dates/tagger.ts');
const t = performance.now();
for (const d of docs) tagTimexes(d.text, { dct: d.dct });
console.log((performance.now() - t).toFixed(0), JSON.stringify(STAGE, (k, v) => typeof v === 'number' ? Math.round(v) : v));
