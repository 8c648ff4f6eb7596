import { buildSiteData } from './src/lib/index.ts';
const d = await buildSiteData('content');
for (const e of d.events) console.log(e.date.value, e.kind, e.type, '|', e.title, '|', e.actors.map(a=>a.id).join(','), e.sources.length);
for (const e of d.events) if (e.sources.length > 1) for (const s of e.sources) console.log('  ', s.dateText, '|', s.quote.slice(0, 90));
