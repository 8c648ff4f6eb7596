/**
 * The README's pictures, taken from the real build so they stay current: the home page, an event
 * page, the timeline on a 375-px phone and a relationship's page (UK–China in the seed), into
 * docs/screenshots/*.png.
 *
 *   npm run build && npm run screenshots
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { relationPairs } from '../src/lib/index.ts';
import type { EventsDocument } from '../src/lib/index.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/e2e/chromium.ts';
import { serveDist } from './serve-dist.ts';

const OUT = 'docs/screenshots';
const dist = process.env.ENTENTE_DIST ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) throw new Error(`No build in ${dist}/: run \`npm run build\` first.`);

const { events } = JSON.parse(readFileSync(join(dist, 'events.json'), 'utf8')) as EventsDocument;
const event = events.find((candidate) => /Lammy.*Wang/u.test(candidate.title)) ?? events[0];
if (event === undefined) throw new Error('The build has no events to show.');
const pairs = relationPairs(events);
const pair = pairs.find((candidate) => candidate.id === 'china--united-kingdom') ?? pairs[0];
if (pair === undefined) throw new Error('The build has no relationship with enough coded events to show.');

const server = await serveDist();
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  const shots = [
    { file: 'home.png', path: '', width: 1280, height: 900 },
    { file: 'event.png', path: `events/${event.id}/`, width: 1280, height: 900 },
    { file: 'mobile.png', path: '', width: 375, height: 812 },
    { file: 'relation.png', path: `relations/${pair.id}/`, width: 1280, height: 1000 },
  ];
  for (const { file, path, width, height } of shots) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1, colorScheme: 'light' });
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    await page.screenshot({ path: join(OUT, file) });
    await page.close();
    console.log(`${OUT}/${file}  ${width}×${height}  ${path || '(home)'}`);
  }
} finally {
  await browser.close();
  server.close();
}
