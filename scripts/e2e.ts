/**
 * Build the site and run the end-to-end tests against it, once at the domain root and once under
 * a sub-path, the two ways a static host serves it.
 *
 *   node scripts/e2e.ts [playwright args…]
 */
import { spawnSync } from 'node:child_process';

const BASES = ['/', '/timeline/'];
const args = process.argv.slice(2);

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * The sub-path build also knows its address, as a real sub-path deploy does, so canonical URLs,
 * the sitemap and RSS are tested there; the root build tests a site built without one.
 */
const SITE_FOR_BASE: Readonly<Record<string, string>> = { '/timeline/': `http://127.0.0.1:${process.env.ENTENTE_TEST_PORT ?? 4329}` };

for (const base of BASES) {
  console.log(`\n▶ end-to-end tests with the site built for base ${base}`);
  const env = { ENTENTE_BASE: base, ENTENTE_SITE: SITE_FOR_BASE[base] ?? '' };
  run('npx', ['astro', 'build', '--silent'], env);
  run('npx', ['playwright', 'test', ...args], env);
}

// Overlapping fixture articles: merged events, several sources, a disagreement, seen in the browser.
console.log('\n▶ end-to-end tests with the site built from tests/fixtures/timeline');
const fixtureEnv = { ENTENTE_BASE: '/', ENTENTE_SITE: '', ENTENTE_CONTENT: 'tests/fixtures/timeline' };
run('npx', ['astro', 'build', '--silent'], fixtureEnv);
run('npx', ['playwright', 'test', ...args], fixtureEnv);
// Leave dist/ as the site of content/, as `npm run build` would.
run('npx', ['astro', 'build', '--silent'], { ENTENTE_BASE: '/', ENTENTE_SITE: '' });
