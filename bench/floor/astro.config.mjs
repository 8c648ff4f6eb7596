// @ts-check
/**
 * The benchmark's floor for pages: Astro 7 alone writing as many pages as Entente's build wrote,
 * each a title and a heading, with Entente's settings for pages (a folder each, eight in flight,
 * astro.config.mjs at the repository's root) and no search: no Astro site of that many pages
 * built with those settings can be faster. `npm run bench` copies this folder into a temporary
 * one and builds it with BENCH_FLOOR_PAGES (how many pages) and BENCH_ASTRO_CACHE (Astro's cache)
 * set.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  cacheDir: process.env.BENCH_ASTRO_CACHE,
  build: { format: 'directory', concurrency: 8 },
  devToolbar: { enabled: false },
});
