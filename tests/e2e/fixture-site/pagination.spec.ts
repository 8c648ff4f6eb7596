import { expect, test } from '@playwright/test';

// The fixture site is built with pages of three events (ENTENTE_PAGE_SIZE, see scripts/e2e.ts).
test.use({ javaScriptEnabled: false });

test('a long list pages forward and back with plain links, each page showing events of its own', async ({ page }) => {
  await page.goto('kinds/reported/');
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(page.locator('.lede')).toContainText(/Page 1 of \d+\./u);
  await expect(pages.locator('a[rel="prev"]')).toHaveCount(0);
  const first = await page.locator('li.event').evaluateAll((items) => items.map((item) => item.id));
  expect(first).toHaveLength(3);

  await pages.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/kinds\/reported\/2\/$/u);
  await expect(page).toHaveTitle(/^Reported events, page 2 /u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reported events');
  await expect(page.locator('.lede')).toContainText(/Page 2 of \d+\./u);
  const second = await page.locator('li.event').evaluateAll((items) => items.map((item) => item.id));
  expect(second.length).toBeGreaterThan(0);
  expect(second.filter((id) => first.includes(id))).toEqual([]);

  await pages.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/kinds\/reported\/$/u);
});
