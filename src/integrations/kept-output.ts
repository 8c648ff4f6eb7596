/**
 * A rebuild keeps the pages it does not render where they are, in the output folder.
 *
 * With `experimental.incrementalBuild`, Astro skips a page whose cache key and code are unchanged,
 * but it first empties the output folder and then copies every skipped page back from its cache:
 * at 1,000 articles (21,000 pages) that deleting and copying took 20–30 s of a 52 s rebuild. When
 * the folder is not emptied, Astro leaves a skipped page that is already there as it is. What
 * emptying did for correctness is done here, precisely:
 *
 * - when a build starts, everything in the output folder that the last build's pages did not write
 *   (its assets, sitemap, or anything else) is deleted, so those are made afresh, but for the
 *   folders named in `rewritten`, which a later step writes over and prunes itself;
 *   with no record of the last build into this folder, the whole folder is emptied, as Astro does;
 * - when it ends, the last build's pages that this build no longer has (an event gone, a shorter
 *   list) are deleted, before the search index reads the folder.
 *
 * The record (`entente-output.json` in Astro's cache folder) lists the files the build's routes
 * wrote, and is kept beside Astro's own record of the pages it may skip.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The record's file name, in Astro's cache folder. */
export const RECORD_FILE = 'entente-output.json';
const RECORD_VERSION = 1;

/** What one build into one folder wrote: the files of its routes, relative to the folder, with `/`. */
export interface OutputRecord {
  version: typeof RECORD_VERSION;
  outDir: string;
  files: string[];
}

/** Astro leaves these in the output folder when it empties it (a deploy kept as a Git work tree). */
const UNTOUCHED = new Set(['.git']);

/** The record of the last build, or undefined when there is none for `outDir` (or it cannot be read). */
export function readRecord(recordFile: string, outDir: string): OutputRecord | undefined {
  if (!existsSync(recordFile)) return undefined;
  try {
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as Partial<OutputRecord>;
    const valid = record.version === RECORD_VERSION && record.outDir === outDir && Array.isArray(record.files);
    return valid ? (record as OutputRecord) : undefined;
  } catch {
    // A record cut short (a build killed while writing it) is no record: the folder is emptied.
    return undefined;
  }
}

export function writeRecord(recordFile: string, outDir: string, files: Iterable<string>): void {
  mkdirSync(dirname(recordFile), { recursive: true });
  const record: OutputRecord = { version: RECORD_VERSION, outDir, files: [...files].sort() };
  writeFileSync(recordFile, `${JSON.stringify(record)}\n`);
}

/** `path` under `dir`, relative and with `/` whatever the platform, as the record keeps it. */
function relativePath(dir: string, path: string): string {
  return relative(dir, path).split(sep).join('/');
}

/** Every folder that holds one of `files` (relative paths), and its parents. */
function foldersOf(files: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const file of files) {
    for (let at = file.lastIndexOf('/'); at > 0; at = file.lastIndexOf('/', at - 1)) {
      const folder = file.slice(0, at);
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  }
  return folders;
}

/**
 * Delete everything under `outDir` but the files in `kept` (relative paths) and the entries of
 * `untouched` at its top; a folder that holds none of them is deleted whole, without reading it.
 *
 * @returns how many files and folders were deleted at the top of what was deleted
 */
export function clearAllBut(outDir: string, kept: ReadonlySet<string>, untouched: ReadonlySet<string> = UNTOUCHED): number {
  if (!existsSync(outDir)) return 0;
  const keptFolders = foldersOf(kept);
  let deleted = 0;
  const clear = (folder: string, atTop: boolean): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (atTop && untouched.has(entry.name)) continue;
      const path = join(folder, entry.name);
      const name = relativePath(outDir, path);
      if (entry.isDirectory() && keptFolders.has(name)) {
        clear(path, false);
      } else if (!kept.has(name) || !entry.isFile()) {
        rmSync(path, { recursive: true, force: true });
        deleted++;
      }
    }
  };
  clear(outDir, true);
  return deleted;
}

/**
 * Delete the files of `previous` that `current` does not have, and the folders they leave empty.
 *
 * @returns the files deleted
 */
export function deleteStale(outDir: string, previous: Iterable<string>, current: ReadonlySet<string>): string[] {
  const stale = [...previous].filter((file) => !current.has(file));
  for (const file of stale) {
    rmSync(join(outDir, file), { force: true });
    // A page is a folder of its own (`events/<id>/index.html`): remove what it leaves empty.
    for (let folder = dirname(join(outDir, file)); folder.length > outDir.length; folder = dirname(folder)) {
      if (!existsSync(folder) || readdirSync(folder).length > 0) break;
      rmdirSync(folder);
    }
  }
  return stale;
}

/** The files the routes of a build wrote, from `astro:build:done`'s `assets`, relative to `outDir`. */
export function routeFiles(outDir: string, assets: Map<string, URL[]>): Set<string> {
  const files = new Set<string>();
  for (const urls of assets.values()) for (const url of urls) files.add(relativePath(outDir, fileURLToPath(url)));
  return files;
}

/**
 * The integration: with incremental builds on, Astro no longer empties the output folder, and this
 * keeps it exact as described above. Put it before any integration that reads the built folder.
 */
export function keptOutput({ rewritten = [] }: { rewritten?: string[] } = {}): AstroIntegration {
  const untouched = new Set([...UNTOUCHED, ...rewritten]);
  let recordFile = '';
  let outDir = '';
  let previous: OutputRecord | undefined;
  let enabled = false;
  return {
    name: 'entente-kept-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        enabled = command === 'build' && config.experimental.incrementalBuild === true;
        if (enabled) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        recordFile = join(fileURLToPath(config.cacheDir), RECORD_FILE);
        outDir = resolve(fileURLToPath(config.outDir));
      },
      'astro:build:start': ({ logger }) => {
        if (!enabled) return;
        previous = readRecord(recordFile, outDir);
        // Without a record of this folder's last build, nothing in it is known to be a page Astro
        // may keep: empty it, as Astro would have.
        const deleted = clearAllBut(outDir, new Set(previous?.files ?? []), untouched);
        logger.debug(`${previous ? 'kept the last build’s pages' : 'emptied the output folder'}; ${deleted} entries deleted`);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        if (!enabled) return;
        const built = resolve(fileURLToPath(dir));
        const current = routeFiles(built, assets);
        const stale = deleteStale(built, previous?.files ?? [], current);
        if (stale.length > 0) logger.info(`deleted ${stale.length} page(s) of the last build that this build no longer has`);
        writeRecord(recordFile, built, current);
      },
    },
  };
}
