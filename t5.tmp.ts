import { buildSiteData } from './src/lib/index.ts';
const d = await buildSiteData(process.argv[2]!);
for (const e of d.events) { console.log(e.date.value, e.kind, e.type, '|', e.title, '|', e.actors.map(a=>a.id).join(','), e.sources.length); }
