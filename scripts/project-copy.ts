/**
 * A copy of the project to build in, for tests and scripts that build a site of their own. Astro
 * keeps its prerender chunks in the project's `.astro/`, which another build of the same checkout
 * running at the same time would overwrite; and its cache (content data store, incremental pages)
 * would be shared through node_modules: the copy keeps both in a folder of its own.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

/** What `astro build` reads from the project, besides node_modules; the lockfile is part of the analysis cache's key. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'public'];

/** The config of the copy: the project's, with Astro's cache where `COPY_ASTRO_CACHE` says. */
const CONFIG = 'copy.config.mjs';

/** Copy the project into `<folder>/project` (node_modules linked, not copied); returns the copy's folder. */
export function copyProject(folder: string): string {
  const root = join(folder, 'project');
  for (const file of PROJECT_FILES) cpSync(join(process.cwd(), file), join(root, file), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, CONFIG), "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: process.env.COPY_ASTRO_CACHE };\n");
  return root;
}

/** What `buildCopy` is given: where to build, Astro's cache, the environment added, and whether Astro stays quiet. */
export interface BuildCopyOptions {
  outDir: string;
  cacheDir: string;
  env: NodeJS.ProcessEnv;
  silent?: boolean;
}

/** The command line and environment of `astro build` in the copy at `root`. */
function buildCommand(root: string, options: BuildCopyOptions): { args: string[]; env: NodeJS.ProcessEnv } {
  return {
    args: [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', CONFIG, '--outDir', options.outDir, ...(options.silent ? ['--silent'] : [])],
    env: { ...process.env, ...options.env, COPY_ASTRO_CACHE: options.cacheDir },
  };
}

/**
 * `astro build` of the copy at `root` into `outDir`, with Astro's cache in `cacheDir` and `env`
 * added to the environment; its output, or an Error with it when the build fails.
 */
export function buildCopy(root: string, options: BuildCopyOptions): string {
  const { args, env } = buildCommand(root, options);
  const result = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build failed:\n${output}`);
  return output;
}

/** A line of Astro's build output that names one page it wrote ("22:32:49   ├─ /events/…/index.html (+2ms)"). */
const ROUTE_LINE = /^[\d:]*\s*[├└]─/u;

/**
 * `buildCopy`, telling each line of Astro's output as it comes but the one per page written (at
 * 4,000 articles, 68,000 of them): a long build shows its progress (articles read, phases).
 * Rejects with the last lines of the output when the build fails.
 */
export function buildCopyTelling(root: string, options: BuildCopyOptions, tell: (line: string) => void): Promise<void> {
  const { args, env } = buildCommand(root, options);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const last: string[] = [];
    const lines = (stream: NodeJS.ReadableStream) =>
      createInterface({ input: stream }).on('line', (line) => {
        last.push(line);
        if (last.length > 30) last.shift();
        if (!ROUTE_LINE.test(stripVTControlCharacters(line))) tell(line);
      });
    lines(child.stdout);
    lines(child.stderr);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`astro build failed (exit ${code}):\n${last.join('\n')}`))));
  });
}
