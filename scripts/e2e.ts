/**
 * Build the site and run the end-to-end tests against it, once at the domain root and once under
 * a sub-path, the two ways a static host serves it, then against a site built from the fixture
 * articles. Every build's pages must pass the W3C Nu Html Checker, and the site of content/ is
 * built twice, into two folders, which must be byte-identical.
 *
 *   node scripts/e2e.ts [playwright args…]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDifferences } from './same-build.ts';

const BASES = ['/', '/timeline/'];
const args = process.argv.slice(2);

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Build into `outDir`, check its HTML, and run the end-to-end tests against it. */
function buildAndTest(outDir: string, env: NodeJS.ProcessEnv): void {
  run('npx', ['astro', 'build', '--silent', '--outDir', outDir], env);
  run(process.execPath, ['scripts/validate-html.ts', outDir], env);
  run('npx', ['playwright', 'test', ...args], { ...env, ENTENTE_DIST: outDir });
}

/**
 * The sub-path build also knows its address, as a real sub-path deploy does, so canonical URLs,
 * the sitemap and RSS are tested there; the root build tests a site built without one.
 */
const SITE_FOR_BASE: Readonly<Record<string, string>> = { '/timeline/': `http://127.0.0.1:${process.env.ENTENTE_TEST_PORT ?? 4329}` };

/**
 * The sub-path build writes its search index in parts of at most 16 KB of pages, as a large site's
 * is written in parts (src/integrations/search-index.ts), so that searching every part at once is
 * tested in the browser too; the root build writes one.
 */
const SEARCH_PART_KB_FOR_BASE: Readonly<Record<string, string>> = { '/timeline/': '16' };
const dist = resolve('dist');
const seedEnv = { ENTENTE_BASE: '/', ENTENTE_SITE: '' };

// The root build goes to a folder of its own, to be compared with the last build, into dist/.
const firstBuild = join(mkdtempSync(join(tmpdir(), 'entente-build-')), 'dist');
for (const base of BASES) {
  console.log(`\n▶ end-to-end tests with the site built for base ${base}`);
  const env = { ENTENTE_BASE: base, ENTENTE_SITE: SITE_FOR_BASE[base] ?? '', ENTENTE_SEARCH_PART_KB: SEARCH_PART_KB_FOR_BASE[base] ?? '' };
  buildAndTest(base === '/' ? firstBuild : dist, env);
}

// Overlapping fixture articles: merged events, several sources, a disagreement, seen in the browser;
// pages of two events, so its few events still fill several pages of a list, and its longest lists
// are cut by decade and year (see listPages).
console.log('\n▶ end-to-end tests with the site built from tests/fixtures/timeline');
buildAndTest(dist, { ENTENTE_BASE: '/', ENTENTE_SITE: '', ENTENTE_CONTENT: 'tests/fixtures/timeline', ENTENTE_PAGE_SIZE: '2' });

// An editor correcting an article's `events:` while `astro dev` runs (see playwright.dev.config.ts).
console.log('\n▶ end-to-end tests of the dev server while an article’s events: are corrected');
run('npx', ['playwright', 'test', '--config', 'playwright.dev.config.ts', '--pass-with-no-tests', ...args], {});

// Leave dist/ as the site of content/, as `npm run build` would, and compare it with the first build.
console.log('\n▶ the site of content/ built a second time, into dist/, is the same as the first');
run('npx', ['astro', 'build', '--silent'], seedEnv);
const differences = buildDifferences(firstBuild, dist);
for (const difference of differences) console.error(difference);
if (differences.length > 0) {
  console.error(`${differences.length} files differ between two builds of the same content (the first is kept in ${firstBuild})`);
  process.exit(1);
}
rmSync(resolve(firstBuild, '..'), { recursive: true });
console.log('same-build: the two builds are byte-identical');
