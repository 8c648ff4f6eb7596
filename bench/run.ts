/**
 * `npm run bench -- --n 1000,4000`: build Entente and a plain Astro site (bench/baseline) over the
 * same generated articles and compare them (see README, "Benchmark"). A benchmark, not a test:
 * nothing here passes or fails on time.
 *
 * Each build is a whole child process (`astro build` on the project's Node, Entente's with the Node
 * options of its `npm run build`) in a fresh output folder with fresh caches, so a cold build is
 * cold; the sites alternate, and which goes first alternates from run to run, so that a machine
 * growing busier or quieter favours neither. Peak memory is GNU time's `%M`, the largest resident
 * set of the build and of the processes it waited for (Pagefind's indexer among them), read from
 * the kernel's rusage when each exits.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { poolSize } from '../src/lib/events/analyse-pool.ts';
import { parseProfile } from '../src/loaders/build-profile.ts';
import { BENCH_USAGE, parseBenchArgs, type BenchOptions } from './args.ts';
import { projectBuildNodeOptions } from './build-command.ts';
import { writeSyntheticArticles } from './generate.ts';
import { distinctSentences, parseTime } from './parse-floor.ts';
import { formatReport, targetLines, type BuildMeasure, type Floors, type SiteName, type SiteRuns, type SizeResult } from './report.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
const GNU_TIME = '/usr/bin/time';
const ENTENTE_NODE_OPTIONS = projectBuildNodeOptions();

/** What an Entente build reads besides its packages and content (package files: the cache's key). */
const ENTENTE_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'public', 'bench/entente.config.mjs'];

/** The sentence appended to one article before a rebuild: one new dated event. */
const EDIT = '\nThe two ministers will meet again next Tuesday, officials said.\n';

interface Site<Name extends string = SiteName> {
  name: Name;
  root: string;
  /** The configuration file, relative to `root` as Astro's --config wants it. */
  config: string;
  /** Node's options for the build, as the site's `npm run build` gives them. */
  nodeOptions: string[];
  /** Settings of the build beyond the content and cache folders. */
  env?: NodeJS.ProcessEnv;
}

/** Where one build of one site writes: its output, its caches and its peak memory, all in one folder. */
interface BuildFolders {
  outDir: string;
  astroCache: string;
  ententeCache: string;
  rssFile: string;
}

/** Run `astro build` for `site` as a child process; its wall time, peak memory and output. */
function build(site: Site<string>, folders: BuildFolders, content: string): Promise<BuildMeasure> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ENTENTE_CONTENT: content,
    ENTENTE_CACHE_DIR: folders.ententeCache,
    ENTENTE_PROFILE: '1',
    BENCH_CONTENT: content,
    BENCH_ASTRO_CACHE: folders.astroCache,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...site.env,
  };
  // The same default site for both: no sitemap, feed or sub-path that the baseline lacks.
  delete env.ENTENTE_SITE;
  delete env.ENTENTE_BASE;
  const args = ['-f', '%M', '-o', folders.rssFile, process.execPath, ...site.nodeOptions, ASTRO, 'build', '--root', site.root, '--config', site.config, '--outDir', folders.outDir];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(GNU_TIME, args, { cwd: site.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const text = Buffer.concat(output).toString('utf8');
      if (code !== 0) {
        reject(new Error(`${site.name} build failed (exit ${code}):\n${text.split('\n').slice(-30).join('\n')}`));
        return;
      }
      const peakRssKb = Number(readFileSync(folders.rssFile, 'utf8').trim().split('\n').at(-1));
      const profile = parseProfile(text);
      resolve({ ms, peakRssKb, ...(profile === undefined ? {} : { profile }) });
    });
  });
}

/** HTML files and bytes of everything under `dir`. */
function outputSize(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { pages, bytes };
}

/** Make `folder` for one build, and name what the build writes in it. */
function buildFolders(folder: string): BuildFolders {
  mkdirSync(folder);
  return { outDir: join(folder, 'dist'), astroCache: join(folder, 'astro-cache'), ententeCache: join(folder, 'entente-cache'), rssFile: join(folder, 'peak-rss') };
}

/**
 * The floors (see `Floors`, report.ts): compromise's parse of each distinct sentence of the
 * `articles`, on this thread, then a whole-process build of bench/floor with Entente's `pages`
 * (built as the other sites are, with the content folder the floor does not read).
 */
async function measureFloors(work: string, content: string, articles: readonly string[], pages: number): Promise<Floors> {
  const sentences = distinctSentences(articles);
  const { ms: parseMs } = parseTime(sentences);
  const root = join(work, 'floor');
  cpSync(join(REPO, 'bench/floor'), root, { recursive: true });
  const folder = join(work, 'floor-build');
  const site = { name: 'floor', root, config: 'astro.config.mjs', nodeOptions: [], env: { BENCH_FLOOR_PAGES: String(pages) } };
  const { ms: pagesMs } = await build(site, buildFolders(folder), content);
  rmSync(folder, { recursive: true, force: true });
  // The build's own number of workers (ENTENTE_WORKERS, the cores), none being the main thread
  // alone; never more than the cores, among which the parsing is shared at best.
  const workers = Math.max(1, Math.min(poolSize(articles.length), availableParallelism()));
  return { sentences: sentences.length, parseMs, workers, pages, pagesMs };
}

/** Build both sites `runs` times over `n` generated articles. */
async function benchSize(n: number, options: BenchOptions): Promise<SizeResult> {
  const work = mkdtempSync(join(tmpdir(), 'entente-bench-'));
  try {
    const content = join(work, 'content');
    const articles = writeSyntheticArticles(content, n, options.seed);
    const contentBytes = articles.reduce((sum, path) => sum + statSync(path).size, 0);
    // The repository's packages, for what runs from the temporary folder: the baseline, and the
    // prerendering chunks Astro writes into each output folder, which import packages by name.
    symlinkSync(join(REPO, 'node_modules'), join(work, 'node_modules'), 'dir');
    // Both sites are built from copies in the temporary folder: nothing a build writes (.astro/,
    // its prerendering folder) lands in the repository or meets another build running there, and
    // an edit made in the working tree while the benchmark runs does not change what it measures.
    const ententeRoot = join(work, 'entente');
    for (const entry of ENTENTE_FILES) cpSync(join(REPO, entry), join(ententeRoot, entry), { recursive: true });
    const baselineRoot = join(work, 'baseline');
    cpSync(join(REPO, 'bench/baseline'), baselineRoot, { recursive: true });
    const sites: Site[] = [
      { name: 'entente', root: ententeRoot, config: 'bench/entente.config.mjs', nodeOptions: ENTENTE_NODE_OPTIONS },
      { name: 'baseline', root: baselineRoot, config: 'astro.config.mjs', nodeOptions: [] },
    ];
    const runs: Record<SiteName, SiteRuns> = {
      entente: { cold: [], warm: [], pages: 0, bytes: 0 },
      baseline: { cold: [], warm: [], pages: 0, bytes: 0 },
    };
    for (let run = 0; run < options.runs; run++) {
      for (const site of run % 2 === 0 ? sites : [...sites].reverse()) {
        const folder = join(work, `${site.name}-${run}`);
        const folders = buildFolders(folder);
        const cold = await build(site, folders, content);
        Object.assign(runs[site.name], outputSize(folders.outDir));
        // A different article each run, put back afterwards so that every cold build reads the same text.
        const edited = articles[run % articles.length]!;
        const original = readFileSync(edited);
        appendFileSync(edited, EDIT);
        let warm: BuildMeasure;
        try {
          warm = await build(site, folders, content);
        } finally {
          writeFileSync(edited, original);
        }
        runs[site.name].cold.push(cold);
        runs[site.name].warm.push(warm);
        process.stderr.write(`  N = ${n}, run ${run + 1}/${options.runs}, ${site.name}: cold ${(cold.ms / 1000).toFixed(1)} s, rebuild ${(warm.ms / 1000).toFixed(1)} s\n`);
        rmSync(folder, { recursive: true, force: true });
      }
    }
    process.stderr.write(`  N = ${n}, floors: compromise alone, then Astro alone\n`);
    const floors = await measureFloors(work, content, articles, runs.entente.pages);
    return { n, contentBytes, seed: options.seed, sites: runs, floors };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

let options: BenchOptions;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n\n${BENCH_USAGE}\n`);
  process.exit(2);
}
if (!existsSync(GNU_TIME)) {
  process.stderr.write(`bench: peak memory is measured with GNU time, which is not at ${GNU_TIME} (apt-get install time)\n`);
  process.exit(2);
}
const results: SizeResult[] = [];
for (const n of options.sizes) {
  const result = await benchSize(n, options);
  results.push(result);
  console.log(`${formatReport(result).join('\n')}\n`);
}
for (const line of targetLines(results)) console.log(line);
