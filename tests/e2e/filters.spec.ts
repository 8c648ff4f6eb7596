import { expect, test } from '@playwright/test';
import { seedEvents } from './site.ts';

test.describe('with JavaScript', () => {
  test('choosing an actor narrows the timeline at once and says how many are left', async ({ page, request }) => {
    const events = await seedEvents(request);
    const withWang = events.filter((event) => event.actors.some((actor) => actor.id === 'wang-yi'));
    await page.goto('./');
    await expect(page.locator('li.event:visible')).toHaveCount(events.length);
    await page.getByLabel('Who').selectOption('wang-yi');
    await expect(page.locator('li.event:visible')).toHaveCount(withWang.length);
    await expect(page.getByRole('status')).toHaveText(`${withWang.length} of ${events.length} events`);
    await expect(page.getByRole('heading', { name: '1997', exact: true })).toBeHidden();
    await expect(page).toHaveURL(/\?actor=wang-yi$/u);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(page.locator('li.event:visible')).toHaveCount(events.length);
  });

  test('type and kind filters combine, and a filtered address opens filtered', async ({ page, request }) => {
    const events = await seedEvents(request);
    const backgroundLaws = events.filter((event) => event.type === 'law' && event.kind === 'background');
    await page.goto('./?type=law&kind=background');
    await expect(page.getByLabel('What')).toHaveValue('law');
    await expect(page.locator('li.event:visible')).toHaveCount(backgroundLaws.length);
  });

  test('quad class and PLOVER type filter the timeline', async ({ page, request }) => {
    const events = await seedEvents(request);
    const consults = events.filter((event) => event.relation?.type === 'CONSULT');
    await page.goto('./?plover=CONSULT');
    await expect(page.getByLabel('PLOVER type')).toHaveValue('CONSULT');
    await expect(page.locator('li.event:visible')).toHaveCount(consults.length);
    await page.getByLabel('Quad class').selectOption('material-conflict');
    await expect(page.locator('li.event:visible')).toHaveCount(0);
  });

  test('a relationship page filters its events by quad class at once', async ({ page }) => {
    await page.goto('relations/china--united-kingdom/');
    const before = await page.locator('li.event:visible').count();
    await page.getByLabel('Quad class').selectOption('material-cooperation');
    await expect(page.locator('li.event:visible')).not.toHaveCount(0);
    expect(await page.locator('li.event:visible').count()).toBeLessThan(before);
    await expect(page).toHaveURL(/\?quad=material-cooperation$/u);
  });

  test('a year page filters its own events', async ({ page }) => {
    await page.goto('years/2024/');
    const before = await page.locator('li.event:visible').count();
    await page.getByLabel('Kind').selectOption('background');
    const after = await page.locator('li.event:visible').count();
    expect(after).toBeLessThan(before);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filters are links to the static actor, type and kind pages', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByLabel('Who')).toBeHidden();
    const browse = page.getByRole('navigation', { name: 'Browse events' });
    await browse.getByRole('link', { name: 'Wang Yi' }).click();
    await expect(page).toHaveURL(/actors\/wang-yi\/$/u);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wang Yi');
  });

  test('quad classes and PLOVER types are links to their static pages', async ({ page }) => {
    await page.goto('./');
    const browse = page.getByRole('navigation', { name: 'Browse events' });
    await browse.getByRole('link', { name: 'Verbal cooperation' }).click();
    await expect(page).toHaveURL(/quads\/verbal-cooperation\/$/u);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quad class: Verbal cooperation');
    await page.goBack();
    await browse.getByRole('link', { name: 'Consult' }).click();
    await expect(page).toHaveURL(/plover\/consult\/$/u);
  });
});
