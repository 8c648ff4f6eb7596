// @ts-check
import { defineConfig } from 'astro/config';

/**
 * Where the site is deployed, set at build time so one build serves one place:
 * ENTENTE_SITE=https://example.org ENTENTE_BASE=/timeline/ npm run build
 */
const site = process.env.ENTENTE_SITE || undefined;
const base = process.env.ENTENTE_BASE || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // One small stylesheet: inlining it saves a request on every page.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
});
