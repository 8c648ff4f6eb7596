import { expect, test } from '@playwright/test';
import type { EventsDocument } from '../../../src/lib/index.ts';

test.use({ javaScriptEnabled: false });

async function fixtureEvents(request: import('@playwright/test').APIRequestContext): Promise<EventsDocument['events']> {
  return ((await (await request.get('events.json')).json()) as EventsDocument).events;
}

test('a state visit told on the day and recalled years later is one event with every source', async ({ page, request }) => {
  const visit = (await fixtureEvents(request)).find((event) => event.type === 'visit' && event.date.value === '2015-10-20');
  expect(visit?.sources.length).toBeGreaterThanOrEqual(2);
  await page.goto('./');
  const row = page.locator(`[id="${visit!.id}"]`);
  await expect(row).toContainText(`${visit!.sources.length} sources`);
  await page.goto(`events/${visit!.id}/`);
  await expect(page.locator('blockquote')).toHaveCount(visit!.sources.length);
  await expect(page.locator('blockquote', { hasText: 'Xi Jinping began a four-day state visit' })).toBeVisible();
  await expect(page.locator('blockquote', { hasText: 'When Xi Jinping made his state visit to Britain in October 2015' })).toBeVisible();
});

test('a law two agencies date differently is one event that says the dates disagree', async ({ page, request }) => {
  const law = (await fixtureEvents(request)).find((event) => event.datesDisagree !== undefined);
  expect(law?.datesDisagree).toEqual(['2020-06-30', '2020-07-01']);
  await page.goto(`events/${law!.id}/`);
  await expect(page.getByRole('note')).toContainText('30 Jun 2020');
  await expect(page.getByRole('note')).toContainText('1 Jul 2020');
  const sourceArticles = await page.locator('blockquote').count();
  expect(sourceArticles).toBeGreaterThanOrEqual(2);
});

test('each merged source links to the place in its own article', async ({ page, request }) => {
  const law = (await fixtureEvents(request)).find((event) => event.datesDisagree !== undefined);
  await page.goto(`events/${law!.id}/`);
  const agencyB = law!.sources.find((source) => source.articleId === '2020-security-law-agency-b')!;
  await page.getByRole('link', { name: agencyB.articleTitle }).first().click();
  await expect(page).toHaveURL(new RegExp(`articles/2020-security-law-agency-b/#${agencyB.anchor}$`));
  await expect(page.locator(`[id="${agencyB.anchor}"]`)).toContainText('July 1, 2020');
});
