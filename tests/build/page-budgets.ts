/**
 * Page-size budgets of a built site (issue 11): the home page at most 150 KB of HTML and any page
 * at most 300 KB, whatever the number of articles. `checkBudgets` measures a built folder;
 * run as a script it builds a synthetic site of `--n` articles first and prints the largest pages:
 *
 *   node tests/build/page-budgets.ts --n 4000
 */
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdtempSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticArticles } from '../../bench/generate.ts';

export const HOME_BUDGET = 150 * 1024;
/** The synthetic articles' seed: the same site on every run (the benchmark's generator, `bench/generate.ts`). */
const BUDGET_SEED = 11;
export const PAGE_BUDGET = 300 * 1024;

export interface PageSize {
  /** Relative to the built folder: `kinds/background/index.html`. */
  path: string;
  bytes: number;
}

export interface BudgetReport {
  home: PageSize;
  /** Every HTML page, largest first. */
  pages: PageSize[];
  /** The pages over their budget, the home page's being the smaller one. */
  over: PageSize[];
}

/** Measure every HTML page of a built site against the budgets. */
export function checkBudgets(dist: string): BudgetReport {
  const pages = globSync('**/*.html', { cwd: dist })
    .map((path) => ({ path, bytes: statSync(join(dist, path)).size }))
    .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
  const home = pages.find((page) => page.path === 'index.html');
  if (!home) throw new Error(`${dist} has no index.html: is it a built site?`);
  const over = pages.filter((page) => page.bytes > (page === home ? HOME_BUDGET : PAGE_BUDGET));
  return { home, pages, over };
}

/** What `astro build` reads from the project, besides node_modules. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/**
 * Write `n` synthetic articles to a scratch folder and build their site; returns the built folder.
 * The build runs in a copy of the project: Astro keeps its prerender chunks in the project's
 * `.astro/`, which another build of the same checkout running at the same time would overwrite.
 */
export function buildSyntheticSite(n: number): string {
  const scratch = mkdtempSync(join(tmpdir(), 'entente-budget-'));
  const content = join(scratch, 'content');
  writeSyntheticArticles(content, n, BUDGET_SEED);
  const root = join(scratch, 'project');
  for (const file of PROJECT_FILES) cpSync(join(process.cwd(), file), join(root, file), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
  const dist = join(scratch, 'dist');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--outDir', dist], {
    cwd: root,
    env: { ...process.env, ENTENTE_CONTENT: content, ENTENTE_BASE: '/', ENTENTE_SITE: '' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro build of ${n} synthetic articles failed:\n${result.stdout}${result.stderr}`);
  return dist;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '4000' } } });
  const dist = buildSyntheticSite(Number(values.n));
  const { home, pages, over } = checkBudgets(dist);
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`${values.n} articles, ${pages.length} pages in ${dist}`);
  console.log(`home page: ${kb(home.bytes)} (budget ${kb(HOME_BUDGET)})`);
  for (const page of pages.slice(0, 5)) console.log(`${kb(page.bytes)}  ${page.path}`);
  for (const page of over) console.error(`over budget: ${page.path} is ${kb(page.bytes)}`);
  process.exitCode = over.length > 0 ? 1 : 0;
}
