// @ts-check
/**
 * Entente's own configuration as `npm run bench` builds it: the same site, with Astro's cache
 * (its content data store) in the benchmark's temporary folder, BENCH_ASTRO_CACHE, so that a cold
 * build is cold and other builds in the repository neither share nor disturb it.
 */
import config from '../astro.config.mjs';

export default { ...config, cacheDir: process.env.BENCH_ASTRO_CACHE };
