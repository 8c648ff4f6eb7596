import { expect, test } from '@playwright/test';
import { BUILT_SITE, PAGE_TYPES, headingOf, lammyMeeting, pathOf, seedEvents } from './site.ts';

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    for (const pageType of PAGE_TYPES) {
      test(`the ${pageType.name} page opens with its heading, landmarks and a skip link`, async ({ page, request }) => {
        const response = await page.goto(await pathOf(pageType, request));
        expect(response?.status()).toBe(pageType.name === 'not found' ? 404 : 200);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(await headingOf(pageType, request));
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        await expect(page.getByRole('main')).toHaveCount(1);
        await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
        await expect(page.getByRole('search').first()).toBeVisible();
        await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
      });
    }

    test('the event page shows its date, sources with quotes, actors and neighbours', async ({ page, request }) => {
      const meeting = lammyMeeting(await seedEvents(request));
      await page.goto(`events/${meeting.id}/`);
      await expect(page.locator('.event-meta time')).toHaveText('Fri 18 Oct 2024');
      await expect(page.locator('.event-meta')).toContainText('Meeting');
      await expect(page.getByRole('heading', { level: 2, name: /sources?$/u })).toBeVisible();
      await expect(page.locator('.sources blockquote').first()).toContainText('Wang');
      await expect(page.getByRole('link', { name: 'Wang Yi' })).toHaveAttribute('href', /actors\/wang-yi\/$/u);
      const neighbours = page.getByRole('navigation', { name: 'Neighbouring events' });
      await expect(neighbours.getByRole('link')).not.toHaveCount(0);
      await neighbours.getByRole('link').first().click();
      await expect(page).toHaveURL(/events\/[^/]+\/$/u);
      await expect(page).not.toHaveURL(new RegExp(`events/${meeting.id}/$`, 'u'));
    });

    test('a source link opens the quoted paragraph of the article', async ({ page, request }) => {
      const meeting = lammyMeeting(await seedEvents(request));
      await page.goto(`events/${meeting.id}/`);
      const [source] = meeting.sources;
      await page.locator('.sources').getByRole('link', { name: source!.articleTitle }).first().click();
      await expect(page).toHaveURL(new RegExp(`articles/${source!.articleId}/#${source!.anchor}$`, 'u'));
      await expect(page.locator(`[id="${source!.anchor}"]`)).toContainText(source!.quote.slice(0, 30));
    });

    test('a year page lists only that year and links to its neighbours', async ({ page }) => {
      await page.goto('years/2015/');
      const dates = await page.locator('li.event .event-date').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
      expect(dates.length).toBeGreaterThan(0);
      expect(dates.every((value) => value?.startsWith('2015'))).toBe(true);
      await page.getByRole('navigation', { name: 'Other years' }).getByRole('link', { name: /2020/u }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('2020');
    });

    test('an actor page lists everything that actor took part in', async ({ page, request }) => {
      const withLammy = (await seedEvents(request)).filter((event) => event.actors.some((actor) => actor.id === 'david-lammy'));
      await page.goto('actors/david-lammy/');
      await expect(page.locator('li.event')).toHaveCount(withLammy.length);
    });

    test('the timeline shows era bands beside the years they cover', async ({ page }) => {
      await page.goto('./');
      const year2015 = page.locator('section.year', { has: page.getByRole('heading', { name: '2015', exact: true }) });
      await expect(year2015.getByRole('note', { name: /Era: .*Golden Era/iu })).toBeVisible();
    });

    test('background events are drawn more quietly than reported ones', async ({ page }) => {
      await page.goto('./');
      const weight = (selector: string) =>
        page.locator(`${selector} .event-date`).first().evaluate((element) => Number(getComputedStyle(element).fontWeight));
      expect(await weight('.event--background')).toBeLessThan(await weight('.event--reported'));
    });

    test('the year index links to every year on the timeline', async ({ page }) => {
      await page.goto('./');
      const index = page.getByRole('navigation', { name: 'Years' });
      await index.getByRole('link', { name: '2020' }).click();
      await expect(page).toHaveURL(/#y2020$/u);
      await expect(page.getByRole('heading', { name: '2020', exact: true })).toBeInViewport();
    });
  });
}

test.describe('machine-readable pages', () => {
  test('an event page carries a schema.org Event dated at its own precision', async ({ page, request }) => {
    const handover = (await seedEvents(request)).find((event) => event.date.value === '1997')!;
    await page.goto(`events/${handover.id}/`);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(data).toMatchObject({ '@type': 'Event', name: handover.title, startDate: '1997' });
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', handover.title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^1997: /u);
  });

  test('an article page carries a schema.org NewsArticle', async ({ page }) => {
    await page.goto('articles/lammy-beijing-visit/');
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(data).toMatchObject({ '@type': 'NewsArticle', datePublished: '2024-10-18' });
  });

  test('robots.txt allows everything and names the sitemap when the site address is known', async ({ request }) => {
    const robots = await (await request.get('robots.txt')).text();
    expect(robots).toContain('User-agent: *');
    if (BUILT_SITE) expect(robots).toMatch(/^Sitemap: https?:\/\/.+sitemap-index\.xml$/mu);
    else expect(robots).not.toContain('Sitemap:');
  });

  test('with a site address: canonical URLs, a sitemap of every event and an RSS item per article', async ({ page, request }) => {
    test.skip(!BUILT_SITE, 'built without ENTENTE_SITE');
    const meeting = lammyMeeting(await seedEvents(request));
    await page.goto(`events/${meeting.id}/`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^https?://.+/events/${meeting.id}/$`, 'u'));
    const sitemap = await (await request.get('sitemap-0.xml')).text();
    expect(sitemap).toContain(`/events/${meeting.id}/</loc>`);
    const feed = await (await request.get('rss.xml')).text();
    expect(feed).toContain('<title>Lammy urges ‘constructive’ talks with China on Beijing visit</title>');
    expect(feed).toContain(`/events/${meeting.id}/`);
  });
});
