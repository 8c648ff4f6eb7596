import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSyntheticSite, checkBudgets, HOME_BUDGET, PAGE_BUDGET } from './page-budgets.ts';

// 150 news articles of the benchmark's generator give over a thousand events: enough for the home
// page's overview and several pages per facet. `node tests/build/page-budgets.ts --n 4000` checks a larger site.
const ARTICLES = 150;

describe('the page-size budgets of a large site', { timeout: 180_000 }, () => {
  let dist = '';
  beforeAll(() => {
    dist = buildSyntheticSite(ARTICLES);
  }, 180_000);
  // The synthetic articles, the project's copy and the built site are all in the one scratch folder.
  afterAll(() => rmSync(dirname(dist), { recursive: true, force: true }));

  it(`keeps the home page within ${HOME_BUDGET / 1024} KB and every page within ${PAGE_BUDGET / 1024} KB`, () => {
    const { over } = checkBudgets(dist);
    expect(over).toEqual([]);
  });

  it('splits the longest lists into pages linked from the first', () => {
    expect(existsSync(join(dist, 'kinds/background/2/index.html'))).toBe(true);
  });
});
