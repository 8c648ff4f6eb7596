import { expect, test } from '@playwright/test';
import { lammyMeeting, seedEvents } from './site.ts';

test.describe('with JavaScript', () => {
  test('searching "Diaoyutai" from the header finds the Lammy–Wang meeting', async ({ page, request }) => {
    const meeting = lammyMeeting(await seedEvents(request));
    await page.goto('./');
    await page.getByRole('searchbox', { name: 'Search events and articles' }).fill('Diaoyutai');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/search\/\?q=Diaoyutai/u);
    const result = page.locator('[data-search-results] a', { hasText: meeting.title });
    await expect(result).toBeVisible();
    await result.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(meeting.title);
  });

  test('search results can be narrowed to one type of event', async ({ page }) => {
    await page.goto('search/?q=Lammy');
    await expect(page.getByRole('status')).toHaveText(/\d+ results? for “Lammy”/u);
    const all = await page.locator('[data-search-results] li').count();
    await page.getByLabel('Type of event').selectOption('Meeting');
    await expect(page.getByRole('status')).toHaveText(/results? for “Lammy”/u);
    await expect.poll(() => page.locator('[data-search-results] li').count()).toBeLessThan(all);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page points to the timeline, the articles and the actors', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('searchbox', { name: 'Search events and articles' }).fill('Diaoyutai');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await page.getByRole('link', { name: 'the articles' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
  });
});
