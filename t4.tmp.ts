import { buildSiteData } from './src/lib/index.ts';
const t = performance.now();
const d = await buildSiteData('/tmp/many');
console.log(d.articles.length, 'articles', d.events.length, 'events', Math.round(performance.now() - t), 'ms');
