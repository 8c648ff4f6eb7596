/**
 * A copy of the project to build in, for tests and scripts that build a site of their own. Astro
 * keeps its prerender chunks in the project's `.astro/`, which another build of the same checkout
 * running at the same time would overwrite; and its cache (content data store, incremental pages)
 * would be shared through node_modules: the copy keeps both in a folder of its own.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `astro build` reads from the project, besides node_modules. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

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

/**
 * `astro build` of the copy at `root` into `outDir`, with Astro's cache in `cacheDir` and `env`
 * added to the environment; its output, or an Error with it when the build fails.
 */
export function buildCopy(root: string, options: { outDir: string; cacheDir: string; env: NodeJS.ProcessEnv; silent?: boolean }): string {
  const args = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', CONFIG, '--outDir', options.outDir, ...(options.silent ? ['--silent'] : [])];
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...options.env, COPY_ASTRO_CACHE: options.cacheDir },
    encoding: 'utf8',
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build failed:\n${output}`);
  return output;
}
