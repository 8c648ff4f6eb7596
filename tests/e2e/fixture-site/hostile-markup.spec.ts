import { expect, test } from '@playwright/test';

const TITLE = "</script><script>alert('title')</script> Talks & <b>markup</b>";

test('markup in an article is shown as text and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const path of ['./', 'articles/', 'articles/2024-hostile-markup/', 'search/?q=Geneva']) {
    await page.goto(path);
    await page.waitForLoadState('load');
  }
  await page.goto('articles/2024-hostile-markup/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
