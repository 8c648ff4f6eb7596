// @ts-check
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/**
 * Where the site is deployed, set at build time so one build serves one place:
 * ENTENTE_SITE=https://example.org ENTENTE_BASE=/timeline/ npm run build
 */
const site = process.env.ENTENTE_SITE || undefined;
const base = process.env.ENTENTE_BASE || '/';

/**
 * Pagefind's static search index, written into the build after every `astro build` (whatever
 * runs it: npm scripts, the tests, withastro/action), so search can never lag the pages.
 * @returns {import('astro').AstroIntegration}
 */
function pagefindIndex() {
  return {
    name: 'entente-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const site = fileURLToPath(dir);
        const added = await index.addDirectory({ path: site });
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        await pagefind.close();
        const problems = [...added.errors, ...written.errors];
        if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
        logger.info(`search index: ${added.page_count} pages`);
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
    // One small stylesheet: inlining it saves a request on every page.
    inlineStylesheets: 'always',
  },
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/u.test(page) }), pagefindIndex()],
  devToolbar: { enabled: false },
});
