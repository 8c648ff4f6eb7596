import { expect, test } from '@playwright/test';

// The fixture site is built with pages of two events (ENTENTE_PAGE_SIZE, see scripts/e2e.ts). Its
// five meetings fill three pages, paged in order. Its twelve reported events, more than five pages,
// are cut by period: two of the 2010s (one page), and ten of the 2020s, more than two pages, so
// each year of them has its own: 2020, 2021, 2024 (four: two pages) and 2025.
test.use({ javaScriptEnabled: false });

test('a long list’s first page counts its events by year, shows the latest, and links each year’s page', async ({ page }) => {
  await page.goto('kinds/reported/');
  await expect(page.locator('.lede')).toContainText(/^12 events that the articles report as their own news, each on the page of its decade or year\./u);
  await expect(page.getByRole('heading', { level: 2, name: /^The latest \d+ events$/u })).toBeVisible();
  const years = page.getByRole('navigation', { name: 'Years' });
  const counts = await years.locator('li').evaluateAll((items) => items.map((item) => item.textContent?.replace(/\s+/gu, ' ').trim()));
  expect(counts).toContain('2024 4');
  // The one year of a decade of few events links to the decade's page.
  await expect(years.getByRole('link', { name: '2015', exact: true })).toHaveAttribute('href', /\/kinds\/reported\/2010s\/$/u);

  await years.getByRole('link', { name: '2024', exact: true }).click();
  await expect(page).toHaveURL(/\/kinds\/reported\/2024\/$/u);
  await expect(page).toHaveTitle(/^Reported events, 2024 /u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reported events');
  await expect(page.locator('.lede')).toContainText(/^4 events that the articles report as their own news, in 2024\. Page 1 of 2\./u);
  await expect(page.locator('li.event')).toHaveCount(2);
});

test('a year listed on its decade’s page, with other years, links to its heading there', async ({ page }) => {
  // China's thirteen events: those of 1984 and 1986 on the page of the 1980s.
  await page.goto('actors/china/');
  await page.getByRole('navigation', { name: 'Years' }).getByRole('link', { name: '1986', exact: true }).click();
  await expect(page).toHaveURL(/\/actors\/china\/1980s\/#y1986$/u);
  await expect(page).toHaveTitle(/^China, 1980s /u);
  await expect(page.locator('.lede')).toContainText(/^2 events involving China \(country\), in the 1980s\./u);
  await expect(page.locator('#y1986')).toHaveText('1986');
});

test('a list of a few pages pages forward and back with plain links, each page showing events of its own', async ({ page }) => {
  await page.goto('types/meeting/');
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(page.locator('.lede')).toContainText(/^5 events of type “meeting”\. Page 1 of 3\./u);
  await expect(pages.locator('a[rel="prev"]')).toHaveCount(0);
  const first = await page.locator('li.event').evaluateAll((items) => items.map((item) => item.id));
  expect(first).toHaveLength(2);

  await pages.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/types\/meeting\/2\/$/u);
  await expect(page).toHaveTitle(/^Type: Meeting, page 2 /u);
  const second = await page.locator('li.event').evaluateAll((items) => items.map((item) => item.id));
  expect(second).toHaveLength(2);
  expect(second.filter((id) => first.includes(id))).toEqual([]);

  await pages.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/types\/meeting\/$/u);
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
  expect(second).toHaveLength(2);
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
