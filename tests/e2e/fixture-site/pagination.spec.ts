import { expect, test } from '@playwright/test';

// The fixture site is built with pages of three events (ENTENTE_PAGE_SIZE, see scripts/e2e.ts):
// its twelve reported events make a long list: two of the 2010s (one page), and ten of the 2020s,
// more than a page, so each year of them has its own: 2020, 2021, 2024 (four: two pages) and 2025.
test.use({ javaScriptEnabled: false });

test('a long list’s first page counts its events by year, shows the latest, and links each year’s page', async ({ page }) => {
  await page.goto('kinds/reported/');
  await expect(page.locator('.lede')).toContainText(/^12 events that the articles report as their own news, each on the page of its decade or year\./u);
  await expect(page.getByRole('heading', { level: 2, name: /^The latest \d+ events$/u })).toBeVisible();
  const years = page.getByRole('navigation', { name: 'Years' });
  const counts = await years.locator('li').evaluateAll((items) => items.map((item) => item.textContent?.replace(/\s+/gu, ' ').trim()));
  expect(counts).toContain('2024 4');
  // A year of a decade that fits on one page links to its place on the decade's page.
  await expect(years.getByRole('link', { name: '2015', exact: true })).toHaveAttribute('href', /\/kinds\/reported\/2010s\/#y2015$/u);

  await years.getByRole('link', { name: '2024', exact: true }).click();
  await expect(page).toHaveURL(/\/kinds\/reported\/2024\/$/u);
  await expect(page).toHaveTitle(/^Reported events, 2024 /u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reported events');
  await expect(page.locator('.lede')).toContainText(/^4 events that the articles report as their own news, in 2024\. Page 1 of 2\./u);
  await expect(page.locator('li.event')).toHaveCount(3);
});

test('a year with more events than a page pages forward and back with plain links, each page showing events of its own', async ({ page }) => {
  await page.goto('kinds/reported/2024/');
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages.locator('a[rel="prev"]')).toHaveCount(0);
  const first = await page.locator('li.event').evaluateAll((items) => items.map((item) => item.id));

  await pages.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/kinds\/reported\/2024\/2\/$/u);
  await expect(page).toHaveTitle(/^Reported events, 2024, page 2 /u);
  await expect(page.locator('.lede')).toContainText('Page 2 of 2.');
  const second = await page.locator('li.event').evaluateAll((items) => items.map((item) => item.id));
  expect(second).toHaveLength(1);
  expect(second.filter((id) => first.includes(id))).toEqual([]);

  await pages.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/kinds\/reported\/2024\/$/u);
});

test('a year’s page links the list’s periods before and after it, and the list’s first page', async ({ page }) => {
  await page.goto('kinds/reported/2021/');
  const years = page.getByRole('navigation', { name: 'Other periods' });
  await expect(years.locator('a[rel="prev"]')).toHaveAttribute('href', /\/kinds\/reported\/2020\/$/u);
  await years.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/kinds\/reported\/2024\/$/u);

  await page.locator('.lede').getByRole('link', { name: 'All decades and years' }).click();
  await expect(page).toHaveURL(/\/kinds\/reported\/$/u);
});
