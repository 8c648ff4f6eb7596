import { expect, test } from '@playwright/test';

const TITLE = "</script><script>alert('title')</script> Talks & <b>markup</b>";

/** Every page that shows the hostile article's title or text: one test each, each with its own time budget. */
for (const path of ['./', 'articles/', 'articles/2024-hostile-markup/', 'search/?q=Geneva']) {
  test(`markup in an article never runs on ${path}`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(path);
    await page.waitForLoadState('load');
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
}

test('markup in an article title is shown as text', async ({ page }) => {
  await page.goto('articles/2024-hostile-markup/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
});
