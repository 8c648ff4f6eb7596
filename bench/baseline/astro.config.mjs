// @ts-check
/**
 * The benchmark's baseline: what a plain Astro 7 site makes of the same articles, with nothing
 * read from their text. `npm run bench` copies this folder into a temporary one and builds it with
 * BENCH_CONTENT (the generated content folder) and BENCH_ASTRO_CACHE (Astro's cache, kept out of
 * the repository's node_modules) set.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

/**
 * Pagefind over the built pages, as Entente indexes its own (astro.config.mjs at the repository's
 * root), so that both builds pay for search.
 * @returns {import('astro').AstroIntegration}
 */
function pagefindIndex() {
  return {
    name: 'baseline-pagefind',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const site = fileURLToPath(dir);
        const added = await index.addDirectory({ path: site });
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        await pagefind.close();
        const problems = [...added.errors, ...written.errors];
        if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
      },
    },
  };
}

export default defineConfig({
  cacheDir: process.env.BENCH_ASTRO_CACHE,
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [pagefindIndex()],
  devToolbar: { enabled: false },
});
