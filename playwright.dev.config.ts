import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/e2e/chromium.ts';

const port = Number(process.env.ENTENTE_DEV_PORT ?? 4334);

/**
 * The dev server reads a copy of tests/fixtures/edited-site, which the tests edit on disk. The
 * runner makes the copy once; its workers inherit the variable and find the same folder.
 */
process.env.ENTENTE_DEV_CONTENT ??= (() => {
  const dir = join(mkdtempSync(join(tmpdir(), 'entente-dev-')), 'content');
  cpSync('tests/fixtures/edited-site', dir, { recursive: true });
  return dir;
})();

/**
 * `astro dev` over a content folder the tests change: what editors see while they correct an
 * article (tests/e2e-dev). One worker, tests in order: they share the folder and the server.
 */
export default defineConfig({
  testDir: 'tests/e2e-dev',
  globalTeardown: './tests/e2e-dev/teardown.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The dev server compiles each page on its first request, slowly on a busy machine.
  timeout: 240_000,
  expect: { timeout: 90_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    navigationTimeout: 90_000,
  },
  projects: [
    {
      name: 'chromium-dev',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `npx astro dev --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    env: { ENTENTE_CONTENT: process.env.ENTENTE_DEV_CONTENT, ENTENTE_BASE: '/', ENTENTE_SITE: '' },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
