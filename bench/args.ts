/**
 * The options of `npm run bench -- [--n 1000,4000] [--runs 3] [--seed 20241018]`.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** The numbers of articles to build, each in turn. */
  sizes: number[];
  /** Builds of each site at each size; the medians are reported. */
  runs: number;
  /** The generator's seed: the same seed, the same articles. */
  seed: number;
}

/** Fewer runs give no median worth the name. */
export const MIN_RUNS = 3;

export const BENCH_USAGE = `Usage: npm run bench -- [--n 1000,4000] [--runs ${MIN_RUNS}] [--seed 20241018]

Builds Entente and a plain Astro site (bench/baseline) over the same N generated articles,
alternating, and prints the medians: cold build, peak memory, rebuild after one edit, pages, output;
then the floors Entente's build cannot go below: compromise parsing each distinct sentence once,
and Astro alone building as many near-empty pages (bench/floor).`;

/**
 * A whole number of at least `least`, or an error naming the option.
 *
 * @example
 * count('saves', '30', 1) //=> 30
 */
export function count(option: string, text: string, least: number): number {
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isInteger(value) || value < least) throw new Error(`--${option} must be a whole number of at least ${least}, not ${JSON.stringify(text)}`);
  return value;
}

/**
 * The options in `argv`; throws an Error with a readable message when one is wrong.
 *
 * @example
 * parseBenchArgs(['--n', '1000,4000']) //=> { sizes: [1000, 4000], runs: 3, seed: 20241018 }
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { n: { type: 'string', default: '1000' }, runs: { type: 'string', default: String(MIN_RUNS) }, seed: { type: 'string', default: '20241018' } },
  });
  return {
    sizes: values.n.split(',').map((size) => count('n', size.trim(), 1)),
    runs: count('runs', values.runs, MIN_RUNS),
    seed: count('seed', values.seed, 0),
  };
}
