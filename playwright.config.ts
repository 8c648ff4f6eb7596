import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/e2e/chromium.ts';

const port = Number(process.env.ENTENTE_TEST_PORT ?? 4329);
/** The sub-path the site was built for (ENTENTE_BASE), so the same tests run against `/timeline/`. */
const base = (process.env.ENTENTE_BASE ?? '/').replace(/\/?$/u, '/');

/**
 * The site's own content (`content/`) is tested by every spec but those under `fixture-site/`,
 * which test a site built from `tests/fixtures/timeline` (ENTENTE_CONTENT, see scripts/e2e.ts).
 */
const fixtureSite = Boolean(process.env.ENTENTE_CONTENT);

export default defineConfig({
  testDir: 'tests/e2e',
  ...(fixtureSite ? { testMatch: 'fixture-site/**/*.spec.ts' } : { testIgnore: 'fixture-site/**' }),
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    // A plain static server that behaves like GitHub Pages: a redirect for a directory without its
    // trailing slash and the site's own 404 page with status 404.
    command: `node tests/e2e/serve.ts ${port} ${base}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
  },
});
