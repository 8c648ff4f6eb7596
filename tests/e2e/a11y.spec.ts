import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES, pathOf } from './site.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const pageType of PAGE_TYPES) {
    test(`axe finds no violations on the ${pageType.name} page in ${colorScheme} mode`, async ({ page, request }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(await pathOf(pageType, request));
      const { violations } = await new AxeBuilder({ page }).analyze();
      const summary = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}

test('axe finds no violations on the timeline filtered with JavaScript', async ({ page }) => {
  await page.goto('./?kind=background');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
});

test('the keyboard reaches the skip link first and it moves focus to the content', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
