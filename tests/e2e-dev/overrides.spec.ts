/**
 * An editor corrects what Entente read, in the article's own `events:`, while `npm run dev` runs:
 * each kind of correction shows on the pages once the dev server has read the file again, and a
 * wrong one is said on the page until it is fixed. The server reads a copy of
 * tests/fixtures/edited-site (ENTENTE_DEV_CONTENT, see playwright.dev.config.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// No client script: a page changes only when the test loads it, never by the dev server's reload.
test.use({ javaScriptEnabled: false });

const article = join(process.env.ENTENTE_DEV_CONTENT ?? '', 'articles', 'lammy-visit.md');
const original = readFileSync('tests/fixtures/edited-site/articles/lammy-visit.md', 'utf8');

/** Write the article with these items of `events:` (none: the article as the fixture has it). */
function writeEvents(...items: string[]): void {
  const events = items.length === 0 ? '' : `events:\n${items.join('\n')}\n`;
  // Just before the line that closes the frontmatter.
  const close = original.indexOf('\n---\n', 3) + 1;
  writeFileSync(article, original.slice(0, close) + events + original.slice(close));
}

/** Long enough for the dev server to read the change and compile a page on a busy machine. */
const SEEN_WITHIN = { timeout: 120_000, intervals: [500, 1_000, 2_000] };

/** The titles on the timeline, loaded afresh each time, until they pass (the dev server reads a change in its own time). */
async function expectTitles(page: Page, check: (titles: string[]) => void): Promise<void> {
  await expect(async () => {
    await page.goto('./');
    check(await page.locator('.event-title a').allTextContents());
  }).toPass(SEEN_WITHIN);
}

/** Open an event's page from the timeline by its title. */
async function openEvent(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

test('an event added in `events:` appears, with an “Added by an editor” note', async ({ page }) => {
  writeEvents('  - add: { date: 2024-10-19, title: "Lammy meets business leaders in Shanghai", actors: [david-lammy], type: meeting }');
  await expectTitles(page, (titles) => expect(titles).toContain('Lammy meets business leaders in Shanghai'));
  await openEvent(page, 'Lammy meets business leaders in Shanghai');
  await expect(page.getByRole('note')).toContainText('Added by an editor');
});

test('an event corrected by words of its sentence shows the new title, with a “Corrected by an editor” note', async ({ page }) => {
  writeEvents('  - match: "met with Chinese Vice Premier"\n    date: 2024-10-17\n    title: "Lammy meets Vice Premier Ding Xuexiang"');
  await expectTitles(page, (titles) => {
    expect(titles).toContain('Lammy meets Vice Premier Ding Xuexiang');
    expect(titles).not.toContain('David Lammy meets with Ding Xuexiang');
  });
  await openEvent(page, 'Lammy meets Vice Premier Ding Xuexiang');
  await expect(page.getByRole('note')).toContainText('Corrected by an editor');
  await expect(page.locator('.event-meta time').first()).toHaveAttribute('datetime', '2024-10-17');
});

test('an event dropped in `events:` leaves the timeline', async ({ page }) => {
  writeEvents();
  await expectTitles(page, (titles) => expect(titles).toContain('Advocacy group Human Rights Watch urges David Lammy'));
  writeEvents('  - match: "urged Lammy"\n    drop: true\n    reason: "an appeal, not a diplomatic happening"');
  await expectTitles(page, (titles) => {
    expect(titles).not.toContain('Advocacy group Human Rights Watch urges David Lammy');
    expect(titles).toContain('David Lammy meets Wang Yi in Beijing');
  });
});

test('an event joined to a known event with `same_as` takes the known event’s title', async ({ page }) => {
  writeEvents('  - match: "handed back to China in 1997"\n    same_as: hong-kong-handover');
  await expectTitles(page, (titles) => {
    expect(titles).toContain('Britain hands Hong Kong back to China');
    expect(titles).not.toContain('London hands Hong Kong back to China');
  });
  await openEvent(page, 'Britain hands Hong Kong back to China');
  await expect(page.getByRole('note')).toContainText('Corrected by an editor');
});

test('a correction that makes an event invalid is said on the page, at its place, until it is fixed', async ({ page }) => {
  writeEvents('  - match: "urged Lammy"\n    date: 2024-02-30');
  await expect(async () => {
    await page.goto('./');
    await expect(page.locator('#content-error')).toContainText('articles/lammy-visit.md:7:11  error  "events[0].date" must be a date', { timeout: 1_000 });
  }).toPass(SEEN_WITHIN);
  writeEvents();
  await expectTitles(page, (titles) => expect(titles).toContain('Advocacy group Human Rights Watch urges David Lammy'));
});
