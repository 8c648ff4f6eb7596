import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

/** The budget for the strip's SVG, whatever the number of events. */
const STRIP_BUDGET = 15 * 1024;

test('the home page opens with a time strip under 15 KB whose years jump to the timeline', async ({ page }) => {
  await page.goto('./');
  const strip = page.getByRole('navigation', { name: 'Time strip' });
  await expect(strip.locator('svg')).toBeVisible();
  const bytes = await strip.locator('svg').evaluate((svg) => new TextEncoder().encode(svg.outerHTML).length);
  test.info().annotations.push({ type: 'time strip bytes', description: String(bytes) });
  expect(bytes).toBeLessThan(STRIP_BUDGET);
  await strip.getByRole('link', { name: /^2015:/u }).click();
  await expect(page).toHaveURL(/#y2015$/u);
  await expect(page.getByRole('heading', { name: '2015', exact: true })).toBeInViewport();
});

test('a year page’s time strip marks that year and opens the others', async ({ page }) => {
  await page.goto('years/2015/');
  const strip = page.getByRole('navigation', { name: 'Time strip' });
  await expect(strip.locator('a[aria-current="page"]')).toHaveAccessibleName(/^2015:/u);
  await strip.getByRole('link', { name: /^1997:/u }).click();
  await expect(page).toHaveURL(/years\/1997\/$/u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('1997');
});
