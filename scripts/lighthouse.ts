/**
 * Lighthouse on the built site, served by the same static server as the end-to-end tests, with
 * the same Chromium: three runs each of the home page and an event page, failing below 0.95 in
 * performance, accessibility, best practices or SEO, then the median scores.
 *
 *   npm run build && npm run lighthouse
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EventsDocument } from '../src/lib/index.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium.ts';
import { serveDist } from './serve-dist.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const MIN_SCORE = 0.95;
const RUNS = 3;

const dist = process.env.ENTENTE_DIST ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) throw new Error(`No build in ${dist}/: run \`npm run build\` first.`);
const chrome = chromiumPath();
if (chrome === undefined) throw new Error('No Chromium found: install one or set CHROMIUM_PATH.');

const { events } = JSON.parse(readFileSync(join(dist, 'events.json'), 'utf8')) as EventsDocument;
const event = events.find((candidate) => /Lammy.*Wang/u.test(candidate.title)) ?? events[0];
if (event === undefined) throw new Error('The build has no events to test.');

const server = await serveDist();
// lhci writes its reports into `.lighthouseci/` of its working folder: keep them out of the repository.
const work = mkdtempSync(join(tmpdir(), 'entente-lhci-'));
const urls = [server.url, `${server.url}events/${event.id}/`];
writeFileSync(
  join(work, 'lighthouserc.json'),
  JSON.stringify({
    ci: {
      collect: {
        url: urls,
        numberOfRuns: RUNS,
        settings: { chromeFlags: ['--headless', ...CHROMIUM_ARGS].join(' ') },
      },
      assert: {
        assertions: Object.fromEntries(CATEGORIES.map((category) => [`categories:${category}`, ['error', { minScore: MIN_SCORE, aggregationMethod: 'median-run' }]])),
      },
    },
  }),
);

const lhci = resolve('node_modules/@lhci/cli/src/cli.js');
const env = { ...process.env, CHROME_PATH: chrome };
let status = 0;
try {
  for (const command of ['collect', 'assert']) {
    const result = spawnSync(process.execPath, [lhci, command, '--config=lighthouserc.json'], { cwd: work, env, stdio: 'inherit' });
    status ||= result.status ?? 1;
    if (status !== 0) break;
  }
} finally {
  server.close();
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const reports = readdirSync(join(work, '.lighthouseci'))
  .filter((file) => /^lhr-.*\.json$/u.test(file))
  .map((file) => JSON.parse(readFileSync(join(work, '.lighthouseci', file), 'utf8')) as { finalUrl?: string; requestedUrl: string; categories: Record<string, { score: number }> });
console.log(`\nMedian of ${RUNS} runs (reports in ${work}/.lighthouseci):`);
for (const url of urls) {
  const runs = reports.filter((report) => report.requestedUrl === url);
  const scores = CATEGORIES.map((category) => `${category} ${Math.round(median(runs.map((run) => run.categories[category]?.score ?? 0)) * 100)}`);
  console.log(`  ${url}\n    ${scores.join(' · ')}`);
}
process.exit(status);
