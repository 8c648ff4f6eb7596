/**
 * A copy of the project to build in, for tests and scripts that build a site of their own. Astro
 * keeps its prerender chunks in the project's `.astro/`, which another build of the same checkout
 * running at the same time would overwrite; and its cache (content data store, incremental pages)
 * would be shared through node_modules: the copy keeps both in the scratch folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `astro build` reads from the project, besides node_modules. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/** The config of the copy: the project's, with Astro's cache where `SCRATCH_ASTRO_CACHE` says. */
const CONFIG = 'scratch.config.mjs';

/** Copy the project into `<scratch>/project` (node_modules linked, not copied); returns its folder. */
export function scratchProject(scratch: string): string {
  const root = join(scratch, 'project');
  for (const file of PROJECT_FILES) cpSync(join(process.cwd(), file), join(root, file), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, CONFIG), "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: process.env.SCRATCH_ASTRO_CACHE };\n");
  return root;
}

/**
 * `astro build` of the copy at `root` into `outDir`, with Astro's cache in `cacheDir` and `env`
 * added to the environment; its output, or an Error with it when the build fails.
 */
export function buildScratch(root: string, options: { outDir: string; cacheDir: string; env: NodeJS.ProcessEnv; silent?: boolean }): string {
  const args = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', CONFIG, '--outDir', options.outDir, ...(options.silent ? ['--silent'] : [])];
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...options.env, SCRATCH_ASTRO_CACHE: options.cacheDir },
    encoding: 'utf8',
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build failed:\n${output}`);
  return output;
}
