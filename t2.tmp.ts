import { buildSiteData } from './src/lib/index.ts';
const d = await buildSiteData('tests/fixtures/timeline');
for (const e of d.events) { console.log(e.date.value, e.kind, e.type, '|', e.title, '|', e.actors.map(a=>a.id).join(','), e.sources.length, e.datesDisagree ?? ''); for (const s of e.sources) console.log('     ', s.articleId, '|', s.dateText, '|', s.quote.slice(0,70)); }
