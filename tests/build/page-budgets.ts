/**
 * Page-size budgets of a built site (issue 11): the home page at most 150 KB of HTML and any page
 * at most 300 KB, whatever the number of articles. `checkBudgets` measures a built folder;
 * run as a script it builds a synthetic site of `--n` articles first and prints the largest pages:
 *
 *   node tests/build/page-budgets.ts --n 4000
 */
import { globSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticArticles } from '../../bench/generate.ts';
import { buildCopyTelling, copyProject } from '../../scripts/project-copy.ts';

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

/**
 * Write `n` synthetic articles to a scratch folder and build their site in a copy of the project;
 * returns the built folder. With `tell`, says what it does and passes on Astro's output (but the
 * line per page), for a build that takes minutes; without, the build is silent.
 */
export async function buildSyntheticSite(n: number, tell?: (line: string) => void): Promise<string> {
  const scratch = mkdtempSync(join(tmpdir(), 'entente-budget-'));
  const content = join(scratch, 'content');
  tell?.(`Writing ${n} synthetic articles to ${content} …`);
  writeSyntheticArticles(content, n, BUDGET_SEED);
  const dist = join(scratch, 'dist');
  const options = {
    outDir: dist,
    cacheDir: join(scratch, 'astro-cache'),
    env: { ENTENTE_CONTENT: content, ENTENTE_BASE: '/', ENTENTE_SITE: '' },
  };
  tell?.(`Building their site into ${dist} (one line per page left out) …`);
  await buildCopyTelling(copyProject(scratch), { ...options, silent: tell === undefined }, tell ?? (() => {}));
  return dist;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '4000' } } });
  const dist = await buildSyntheticSite(Number(values.n), (line) => console.log(line));
  const { home, pages, over } = checkBudgets(dist);
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`${values.n} articles, ${pages.length} pages in ${dist}`);
  console.log(`home page: ${kb(home.bytes)} (budget ${kb(HOME_BUDGET)})`);
  for (const page of pages.slice(0, 5)) console.log(`${kb(page.bytes)}  ${page.path}`);
  for (const page of over) console.error(`over budget: ${page.path} is ${kb(page.bytes)}`);
  process.exitCode = over.length > 0 ? 1 : 0;
}
