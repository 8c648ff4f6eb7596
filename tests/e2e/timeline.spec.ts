import { expect, test } from '@playwright/test';
import { compareEvents, dayInterval } from '../../src/lib/index.ts';
import { lammyMeeting, seedEvents } from './site.ts';

test.use({ javaScriptEnabled: false });

/** The seed article's four landmark events, in the order a reader must meet them. */
const SEED_LANDMARKS = [
  { timex: '1997', names: /Hong Kong/ },
  { timex: '2015', names: /Golden Age/ },
  { timex: '2020', names: /national security law/ },
  { timex: '2024-10-18', names: /Lammy.*Wang/ },
];

test('the home page lists the seed events in date order, readable without JavaScript', async ({ page, request }) => {
  await page.goto('./');
  const events = page.locator('li.event');
  const shown = await events.evaluateAll((items) =>
    items.map((item) => ({
      timex: item.querySelector('[data-timex]')?.getAttribute('data-timex') ?? '',
      text: item.textContent ?? '',
    })),
  );
  const positions = SEED_LANDMARKS.map(({ timex, names }) =>
    shown.findIndex((event) => event.timex === timex && names.test(event.text)),
  );
  expect(positions.every((position) => position >= 0), JSON.stringify(shown, null, 1)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  const inDateOrder = [...(await seedEvents(request))].sort(compareEvents).map((event) => event.date.value);
  expect(shown.map((event) => event.timex)).toEqual(inDateOrder);
});

test('every event shows its date at its own precision, a title, its sentence and a source link', async ({ page }) => {
  await page.goto('./');
  const handover = page.locator('li.event', { has: page.locator('time[datetime="1997"]') }).first();
  await expect(handover.locator('time')).toHaveText('1997');
  await expect(handover.locator('.event-summary')).toContainText('handed back to China in 1997');
  await expect(handover.locator('.event-sources').getByRole('link', { name: /Lammy/ })).toHaveAttribute('href', /articles\/lammy-beijing-visit\/#L\d+$/);
  const meeting = page.locator('li.event', { has: page.locator('time[datetime="2024-10-18"]'), hasText: 'Wang Yi' }).first();
  await expect(meeting.locator('time')).toHaveText('Fri 18 Oct 2024');
});

test('groups events under decade headings when they span several decades', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 2, name: '1990s' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: '1997' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '2020s' })).toBeVisible();
});

test('a permalink to the timeline opens on that event', async ({ page, request }) => {
  const meeting = lammyMeeting(await seedEvents(request));
  await page.goto(`./#${meeting.id}`);
  const target = page.locator(`[id="${meeting.id}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toContainText('Lammy');
});

test('an event page links to its article, whose date links back to the event', async ({ page, request }) => {
  const handover = (await seedEvents(request)).find((event) => event.date.value === '1997');
  expect(handover).toBeDefined();
  await page.goto(`events/${handover!.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(handover!.title);
  await expect(page.locator('time').first()).toHaveAttribute('datetime', '1997');
  await page.getByRole('link', { name: handover!.sources[0]!.articleTitle }).first().click();
  await expect(page).toHaveURL(/articles\/lammy-beijing-visit\/#L\d+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  const paragraph = page.locator(`[id="${anchor}"]`);
  await expect(paragraph).toContainText('in 1997');
  await paragraph.locator('a', { has: page.locator('time[datetime="1997"]') }).click();
  await expect(page).toHaveURL(new RegExp(`events/${handover!.id}/$`));
});

test('the article page marks up every recognised date', async ({ page }) => {
  await page.goto('articles/lammy-beijing-visit/');
  await expect(page.getByRole('heading', { level: 2, name: '‘Golden era’ no more' })).toBeVisible();
  const values = await page.locator('.article-body time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  expect(values).toEqual(expect.arrayContaining(['2024-10-18', '2015', '1997', '2020']));
});

test('an unknown address gets the 404 page with status 404', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('a page address without its trailing slash redirects to it', async ({ request }) => {
  const response = await request.get('articles', { maxRedirects: 0 });
  expect([301, 302]).toContain(response.status());
  expect(response.headers().location).toMatch(/articles\/$/);
});

test('no seed event is dated after publication unless the article says it is planned', async ({ request }) => {
  const events = await seedEvents(request);
  const late = events.filter((event) => (dayInterval(event.date.value)?.start ?? '') > '2024-10-18');
  expect(late.every((event) => /\bwill\b|plan/.test(event.summary))).toBe(true);
  const dateTexts = events.flatMap((event) => event.sources.map((source) => source.dateText));
  expect(dateTexts.filter((text) => /\b(?:two-day|months)\b/u.test(text))).toEqual([]);
  expect(events.filter((event) => event.date.value.startsWith('P'))).toEqual([]);
});
