import { expect, test } from '@playwright/test';
import { pairId } from '../../src/lib/index.ts';
import { seedEvents } from './site.ts';

test.use({ javaScriptEnabled: false });

const UK_CHINA = 'relations/china--united-kingdom/';

test('the relations page lists the UK–China pair', async ({ page }) => {
  await page.goto('relations/');
  await expect(page.getByRole('link', { name: 'China and United Kingdom' })).toHaveAttribute('href', /relations\/china--united-kingdom\/$/u);
});

test('the UK–China page shows its chart as SVG with one row of its data table per bar', async ({ page }) => {
  await page.goto(UK_CHINA);
  const chart = page.locator('figure.relation-chart svg');
  await expect(chart).toBeVisible();
  await expect(chart.getByRole('link').last()).toHaveAccessibleName(/^2024: 2 events \(2 verbal cooperation\), net intensity \+2$/u);
  const table = page.getByRole('table', { name: /chart’s data/u });
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(await chart.getByRole('link').count());
  await expect(table.getByRole('row', { name: /^2024/u }).getByRole('link', { name: /Wang Yi/u })).toBeVisible();
});

test('every bar of the UK–China chart links to its row, which links to events that exist', async ({ page, request }) => {
  await page.goto(UK_CHINA);
  const bars = await page.locator('figure.relation-chart svg a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(bars.length).toBeGreaterThan(0);
  for (const bar of bars) {
    expect(bar).toMatch(/^#p\d{4}(?:-\d{2})?$/u);
    const events = await page.locator(`tr[id="${bar.slice(1)}"] a`).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(events.length, bar).toBeGreaterThan(0);
    for (const href of events) expect((await request.get(href)).status(), href).toBe(200);
  }
});

test('the UK–China events filter by PLOVER type through links', async ({ page, request }) => {
  const consults = (await seedEvents(request)).filter(
    (event) => event.relation?.type === 'CONSULT' && pairId(event.relation.actor, event.relation.recipient) === 'china--united-kingdom',
  );
  await page.goto(UK_CHINA);
  await page.getByRole('navigation', { name: 'Browse events' }).getByRole('link', { name: 'Consult' }).click();
  await expect(page).toHaveURL(/relations\/china--united-kingdom\/consult\/$/u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('China and United Kingdom: Consult');
  await expect(page.locator('li.event')).toHaveCount(consults.length);
});
