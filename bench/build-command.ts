/**
 * The Node options of `npm run build`, read from its script in package.json, so that the benchmark
 * builds Entente as its users do and the options are written in one place.
 *
 * Why the build has options: the V8 of Node 24 counts every byte of the ArrayBuffers made since the
 * last full garbage collection against the heap's limit, and starts a full collection after every
 * 64 MB of them. Astro encodes each page it renders into two such buffers, so a build marks its whole
 * heap again after every 32 MB of HTML: at 20,000 articles, with 1.1 GB live while the list pages
 * render, the collector took 63 % of the main thread. `--external-memory-accounted-in-global-limit`
 * (the default of later V8s) counts the buffers against a limit that grows with the heap; alone, it
 * let a build from the cache grow to 4.6 GB resident; with the heap growing 40 % between collections,
 * 3.4 GB at the same point, but a cold build peaked at 4.06 GiB, so `--heap-growing-percent=20`.
 */

import { readFileSync } from 'node:fs';

/** What `npm run build` must be: the project's Node, its options, then Astro's own `build` command. */
const BUILD_SCRIPT = /^node((?: --[\w-]+(?:=\S+)?)*) node_modules\/astro\/bin\/astro\.mjs build$/u;

/**
 * The Node options of a build script of the form `node [--option…] node_modules/astro/bin/astro.mjs build`;
 * throws on any other form, so that a benchmark never builds without the options users get.
 *
 * @example
 * buildNodeOptions('node --heap-growing-percent=40 node_modules/astro/bin/astro.mjs build') //=> ['--heap-growing-percent=40']
 * buildNodeOptions('node node_modules/astro/bin/astro.mjs build') //=> []
 */
export function buildNodeOptions(script: string): string[] {
  const match = BUILD_SCRIPT.exec(script);
  if (match === null) throw new Error(`package.json: scripts.build must be "node [--option…] node_modules/astro/bin/astro.mjs build", not ${JSON.stringify(script)}`);
  return match[1]!.split(' ').filter((option) => option !== '');
}

/** The Node options of this project's own `npm run build` (see `buildNodeOptions`). */
export function projectBuildNodeOptions(): string[] {
  const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { build: string } };
  return buildNodeOptions(scripts.build);
}
