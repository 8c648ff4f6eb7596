import { expect, test } from '@playwright/test';
import type { Response } from '@playwright/test';
import { PAGE_TYPES, pathOf } from './site.ts';

const KB = 1024;
/** Budgets from the issue: the home page's HTML and CSS with the seed content, and any page's JavaScript. */
const HOME_HTML_CSS_BUDGET = 100 * KB;
const JS_BUDGET = 15 * KB;

interface Weight {
  htmlCss: number;
  js: number;
}

/** What a page costs on load: the document, its stylesheets and its scripts, inline ones included. */
async function weigh(page: import('@playwright/test').Page, path: string): Promise<Weight> {
  const responses: Response[] = [];
  const listener = (response: Response) => responses.push(response);
  page.on('response', listener);
  await page.goto(path, { waitUntil: 'networkidle' });
  page.off('response', listener);
  const weight: Weight = { htmlCss: 0, js: 0 };
  for (const response of responses) {
    const type = response.request().resourceType();
    const bytes = (await response.body()).length;
    if (type === 'document' || type === 'stylesheet') weight.htmlCss += bytes;
    if (type === 'script') weight.js += bytes;
  }
  // Inline scripts are part of the document's bytes too; count them against the JS budget as well.
  weight.js += await page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((scripts) => scripts.reduce((sum, script) => sum + new TextEncoder().encode(script.textContent ?? '').length, 0));
  return weight;
}

test('the home page weighs at most 100 KB of HTML and CSS', async ({ page }) => {
  const { htmlCss } = await weigh(page, './');
  test.info().annotations.push({ type: 'home HTML+CSS bytes', description: String(htmlCss) });
  expect(htmlCss).toBeLessThanOrEqual(HOME_HTML_CSS_BUDGET);
});

for (const pageType of PAGE_TYPES) {
  test(`the ${pageType.name} page loads at most 15 KB of JavaScript`, async ({ page, request }) => {
    const { htmlCss, js } = await weigh(page, await pathOf(pageType, request));
    test.info().annotations.push({ type: 'bytes', description: `HTML+CSS ${htmlCss} B, JS ${js} B` });
    expect(js).toBeLessThanOrEqual(JS_BUDGET);
  });
}
