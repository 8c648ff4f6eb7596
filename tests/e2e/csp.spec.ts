import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { PAGE_TYPES, headingOf, lammyMeeting, pathOf, seedEvents } from './site.ts';

type WithViolations = Window & { cspViolations?: string[] };

/**
 * Record every Content-Security-Policy violation of the page. Playwright's init script runs before
 * the page's own scripts and is not subject to its policy, so nothing the page does goes unseen.
 */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as WithViolations).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'an inline resource'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return () => page.evaluate(() => (window as WithViolations).cspViolations ?? ['the recorder did not run']);
}

for (const pageType of PAGE_TYPES) {
  test(`the ${pageType.name} page runs under its Content-Security-Policy without a violation`, async ({ page, request }) => {
    const violations = await recordViolations(page);
    await page.goto(await pathOf(pageType, request));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(await headingOf(pageType, request));
    // Without a policy there would be nothing to violate.
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self'/u);
    await page.waitForLoadState('load');
    expect(await violations()).toEqual([]);
  });
}

test('search loads Pagefind and shows results under the Content-Security-Policy without a violation', async ({ page, request }) => {
  const meeting = lammyMeeting(await seedEvents(request));
  const violations = await recordViolations(page);
  await page.goto('search/');
  const words = page.getByRole('searchbox', { name: 'Words to find in events and articles' });
  await words.fill('Diaoyutai');
  await words.press('Enter');
  await expect(page.locator('[data-search-results] a', { hasText: meeting.title })).toBeVisible();
  // The type filter is filled from Pagefind's index once it has loaded.
  await expect(page.getByLabel('Type of event').locator('option')).not.toHaveCount(1);
  expect(await violations()).toEqual([]);
});
