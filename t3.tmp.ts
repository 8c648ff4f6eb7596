import { readFileSync } from 'node:fs';
import { parseArticle, analyseArticle, createAnalysisContext } from './src/lib/index.ts';
const p = 'tests/fixtures/timeline/articles/2019-relations-reference.md';
const { article } = parseArticle(readFileSync(p), p);
const a = analyseArticle(article!, createAnalysisContext({ actors: [], knownEvents: [] }));
a.mentions.forEach((m, i) => console.log(m.timex.text, m.timex.value, m.timex.type, JSON.stringify(a.outcomes[i])));
console.log(article!.blocks.map(b => b.kind + ': ' + b.text));
