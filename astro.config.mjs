// @ts-check
import { createHash } from 'node:crypto';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { markBuilding } from './src/layouts/build-mode.ts';
import { JS_CLASS_SCRIPT } from './src/layouts/js-class.ts';
import { LOADER_NAME, setContentRefresh } from './src/loaders/content-refresh.ts';
import { keptOutput } from './src/integrations/kept-output.ts';
import { INDEX_FOLDER, searchIndex } from './src/integrations/search-index.ts';
import { siteExports } from './src/integrations/site-exports.ts';

/**
 * Where the site is deployed, set at build time so one build serves one place:
 * ENTENTE_SITE=https://example.org ENTENTE_BASE=/timeline/ npm run build
 */
const site = process.env.ENTENTE_SITE || undefined;
const base = process.env.ENTENTE_BASE || '/';

/**
 * Tells the pages a build is running, so that they give Astro the cache keys only a build uses
 * (src/layouts/build-mode.ts).
 * @returns {import('astro').AstroIntegration}
 */
function buildMode() {
  return { name: 'entente-build-mode', hooks: { 'astro:build:start': () => markBuilding() } };
}

/**
 * Gives the content loader the dev server's content sync, which writes Astro's data store as soon
 * as the loader has read a change (src/loaders/content-refresh.ts).
 * @returns {import('astro').AstroIntegration}
 */
function devContentRefresh() {
  return {
    name: 'entente-dev-refresh',
    hooks: {
      'astro:server:setup': ({ refreshContent, logger }) => {
        if (refreshContent === undefined) return;
        setContentRefresh(() =>
          refreshContent({ loaders: [LOADER_NAME] }).catch((error) => logger.error(error instanceof Error ? error.message : String(error))),
        );
      },
    },
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // One stylesheet file for the whole site, fetched once and cached: inlined, its 10 KB were two
    // thirds of every event page, repeated in thousands of pages (15.6 KB → 5.4 KB an event page).
    inlineStylesheets: 'never',
    // Pages in flight at once: while one page's file is written, the next is rendered. With one at
    // a time the build waited on the disk for a third of its rendering (Astro 7.4, 1,000 synthetic
    // articles, 21,000 pages: rendering took 44 s with 1, 34 s with 2 or 4, 32 s with 8, the same
    // pages byte for byte). The pages are rendered on one thread all the same; more in flight only
    // holds more of them in memory.
    concurrency: 8,
  },
  vite: {
    build: {
      // Astro inlines a small page script before Vite has filled in the preload list of its dynamic
      // `import()` (the `__VITE_PRELOAD__` marker), which is then left undefined in the page: the
      // search page's import of Pagefind must stay in a file. Every other asset keeps Vite's rule.
      assetsInlineLimit: (_file, content) => (content.includes('__VITE_PRELOAD__') ? false : undefined),
    },
  },
  integrations: [buildMode(), devContentRefresh(), keptOutput({ rewritten: [INDEX_FOLDER] }), siteExports(), sitemap({ filter: (page) => !/\/404\/?$/u.test(page) }), searchIndex()],
  security: {
    // A <meta> Content-Security-Policy on every page: scripts and styles only from the site itself
    // or inline with a hash Astro computes (or, for the layout's one `is:inline` script, this file).
    // JSON-LD needs no hash: a data block is never run, so script-src does not apply to it.
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: {
        // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search index on the page when
        // its worker is unavailable; it allows no JavaScript eval.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [`sha256-${createHash('sha256').update(JS_CLASS_SCRIPT).digest('base64')}`],
      },
    },
  },
  devToolbar: { enabled: false },
  experimental: {
    // A rebuild renders only the pages whose data changed: every page of getStaticPaths() has a
    // `cacheKey` (src/layouts/cache-key.ts), and one whose key, code, config and lockfile are those
    // of the last build is copied from that build's output in `cacheDir` (node_modules/.astro/ by
    // default; `astro build --force` renders everything).
    // keptOutput() leaves such pages in place in the output folder instead of copying them back.
    incrementalBuild: true,
  },
});
