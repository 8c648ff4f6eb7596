import { globSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSyntheticSite, checkBudgets, HOME_BUDGET, PAGE_BUDGET } from './page-budgets.ts';

// 150 news articles of the benchmark's generator give over a thousand events: enough for the home
// page's overview and pages of decades and years for the longest facets. `node tests/build/page-budgets.ts --n 4000` checks a larger site.
const ARTICLES = 150;

describe('the page-size budgets of a large site', { timeout: 180_000 }, () => {
  let dist = '';
  beforeAll(async () => {
    dist = await buildSyntheticSite(ARTICLES);
  }, 180_000);
  // The synthetic articles, the project's copy and the built site are all in the one scratch folder.
  afterAll(() => rmSync(dirname(dist), { recursive: true, force: true }));

  it(`keeps the home page within ${HOME_BUDGET / 1024} KB and every page within ${PAGE_BUDGET / 1024} KB`, () => {
    const { over } = checkBudgets(dist);
    expect(over).toEqual([]);
  });

  it('cuts the longest lists into pages of decades and years, each linked from the first', () => {
    const first = readFileSync(join(dist, 'kinds/background/index.html'), 'utf8');
    const periods = globSync('*/index.html', { cwd: join(dist, 'kinds/background') }).map((path) => path.split('/')[0]!);
    expect(periods.length).toBeGreaterThan(1);
    for (const period of periods) expect(first).toContain(`/kinds/background/${period}/`);
  });
});
