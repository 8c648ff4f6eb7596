import { expect, test } from '@playwright/test';
import { crawlSite } from '../crawl.ts';

test('every internal link and asset of the fixture site resolves', async ({ request, baseURL }) => {
  // One request per page and asset of the whole site, on a machine that may be busy.
  test.setTimeout(300_000);
  const { checked, broken } = await crawlSite(request, baseURL!);
  expect(checked).toBeGreaterThan(20);
  expect(broken).toEqual([]);
});
