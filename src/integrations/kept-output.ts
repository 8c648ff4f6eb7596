/**
 * A rebuild keeps the pages it does not render where they are, in the output folder.
 *
 * With `experimental.incrementalBuild`, Astro skips a page whose cache key and code are unchanged,
 * but it first empties the output folder and then copies every skipped page back from its cache:
 * at 1,000 articles (21,000 pages) that deleting and copying took 20–30 s of a 52 s rebuild. When
 * the folder is not emptied, Astro leaves a skipped page that is already there as it is. What
 * emptying did for correctness is done here, precisely:
 *
 * - when a build starts, everything in the output folder is deleted but the files the last build's
 *   routes wrote, as they were when it ended (same size and time), and the folders named in
 *   `rewritten`, which a later step writes over and prunes itself; with no record of a finished
 *   build into this folder, all is deleted (`.git` aside, which a deploy may keep there);
 * - when it ends, the last build's pages that this build no longer has (an event gone, a shorter
 *   list) are deleted, before the search index reads the folder.
 *
 * The record (`entente-output.json` in Astro's cache folder, beside Astro's own record of the pages
 * it may skip) is deleted when a build starts and written when it ends, so a build that fails or is
 * stopped is followed by one that starts from an empty folder.
 *
 * The record also keeps, for each folder that held nothing but recorded pages and folders, its
 * modification time: a folder whose time is the same has had no entry added or removed since, so
 * it is not read again. Reading 17,000 page folders took 2.6 s of a 35 s rebuild at 1,000
 * articles, where their times are read in 0.1 s: folders' entries, unlike their times, are seldom
 * still in memory when the next build starts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from './files-under.ts';

/** The record's file name, in Astro's cache folder. */
export const RECORD_FILE = 'entente-output.json';
const RECORD_VERSION = 3;

/** A file as a build left it: its path relative to the output folder (with `/`), size and modification time. */
export type RecordedFile = [path: string, size: number, mtimeMs: number];

/** How long ago a folder must have changed for its time to be recorded (see `writeRecord`). */
const SETTLE_MS = 3000;

/** A folder that held only recorded files and folders when the build ended: its relative path and modification time. */
export type RecordedFolder = [path: string, mtimeMs: number];

/** What one build into one folder wrote: the files of its routes, and the folders that held nothing else. */
export interface OutputRecord {
  version: typeof RECORD_VERSION;
  outDir: string;
  files: RecordedFile[];
  folders: RecordedFolder[];
}

/** Kept whatever the record says: a deploy kept as a Git work tree. */
const UNTOUCHED = new Set(['.git']);

/** The record of the last build, or undefined when there is none for `outDir` (or it cannot be read). */
export function readRecord(recordFile: string, outDir: string): OutputRecord | undefined {
  if (!existsSync(recordFile)) return undefined;
  try {
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as Partial<OutputRecord>;
    const valid = record.version === RECORD_VERSION && record.outDir === outDir && Array.isArray(record.files) && Array.isArray(record.folders);
    return valid ? (record as OutputRecord) : undefined;
  } catch {
    // A record cut short is no record: the folder is emptied.
    return undefined;
  }
}

/**
 * Record `files` (relative paths) of `outDir` as they are now, and the folders that hold nothing
 * else. A folder `previous` recorded, with the same time and the same entries expected, is known
 * to hold nothing else without reading it: in a rebuild, nearly all of them.
 */
export function writeRecord(recordFile: string, outDir: string, files: Iterable<string>, previous?: OutputRecord): void {
  const recorded: RecordedFile[] = [];
  for (const file of [...files].sort()) {
    const stats = statSync(join(outDir, file), { throwIfNoEntry: false });
    if (stats?.isFile()) recorded.push([file, stats.size, stats.mtimeMs]);
  }
  const folders: RecordedFolder[] = [];
  // Only a folder last changed a while ago: a change in the same tick of the file system's clock
  // (2 s on FAT, a few milliseconds on older Linux) would not change its time (git's "racy clean").
  const settled = Date.now() - SETTLE_MS;
  const before = previous && recordedEntries(previous.files.map(([file]) => file));
  const timeBefore = new Map(previous?.folders);
  for (const [folder, entries] of recordedEntries(recorded.map(([file]) => file))) {
    // The time first: an entry added while the folder is read changes it, and the folder is read next time.
    const stats = statSync(join(outDir, folder), { throwIfNoEntry: false });
    if (!stats?.isDirectory() || stats.mtimeMs >= settled) continue;
    const unchanged = timeBefore.get(folder) === stats.mtimeMs && sameEntries(before?.get(folder) ?? [], entries);
    if (unchanged || holdsOnly(join(outDir, folder), entries)) folders.push([folder, stats.mtimeMs]);
  }
  mkdirSync(dirname(recordFile), { recursive: true });
  const record: OutputRecord = { version: RECORD_VERSION, outDir, files: recorded, folders };
  writeFileSync(recordFile, `${JSON.stringify(record)}\n`);
}

/** An entry of a folder: its name and whether it is a folder. */
export interface FolderEntry {
  name: string;
  isFolder: boolean;
}

/**
 * The entries each folder under the output folder would hold if it held only `files` (relative
 * paths) and the folders on their way: folder → entries, the output folder itself left out.
 */
function recordedEntries(files: Iterable<string>): Map<string, FolderEntry[]> {
  const entries = new Map<string, FolderEntry[]>();
  const add = (path: string, isFolder: boolean): void => {
    const at = path.lastIndexOf('/');
    if (at < 0) return;
    const folder = path.slice(0, at);
    const known = entries.get(folder);
    const entry = { name: path.slice(at + 1), isFolder };
    if (known) known.push(entry);
    else {
      entries.set(folder, [entry]);
      add(folder, true);
    }
  };
  for (const file of files) add(file, false);
  return entries;
}

function sameEntries(a: readonly FolderEntry[], b: readonly FolderEntry[]): boolean {
  const kinds = new Map(a.map((entry) => [entry.name, entry.isFolder]));
  return a.length === b.length && b.every((entry) => kinds.get(entry.name) === entry.isFolder);
}

/** Whether the folder holds these entries and nothing else. */
function holdsOnly(folder: string, entries: readonly FolderEntry[]): boolean {
  const expected = new Map(entries.map((entry) => [entry.name, entry.isFolder]));
  const found = readdirSync(folder, { withFileTypes: true });
  return found.length === expected.size && found.every((entry) => expected.get(entry.name) === (entry.isDirectory() ? true : entry.isFile() ? false : undefined));
}

/**
 * The recorded folders that have had no entry added or removed since the record was written (the
 * same modification time), each with its entries, as read without reading the folder.
 */
export function unchangedFolders(outDir: string, record: OutputRecord): Map<string, FolderEntry[]> {
  const entries = recordedEntries(record.files.map(([file]) => file));
  const unchanged = new Map<string, FolderEntry[]>();
  for (const [folder, mtimeMs] of record.folders) {
    const stats = statSync(join(outDir, folder), { throwIfNoEntry: false });
    const known = entries.get(folder);
    if (known && stats?.isDirectory() && stats.mtimeMs === mtimeMs) unchanged.set(folder, known);
  }
  return unchanged;
}

/**
 * The recorded files still as the build left them: one changed since (by hand, by a build with
 * another cache folder, by a tool run over the output) is not known to be the page Astro may keep.
 */
export function unchangedFiles(outDir: string, record: OutputRecord): Set<string> {
  const unchanged = new Set<string>();
  for (const [file, size, mtimeMs] of record.files) {
    const stats = statSync(join(outDir, file), { throwIfNoEntry: false });
    if (stats?.isFile() && stats.size === size && stats.mtimeMs === mtimeMs) unchanged.add(file);
  }
  return unchanged;
}

/** `path` under `dir`, relative and with `/` whatever the platform, as the record keeps it. */
function relativePath(dir: string, path: string): string {
  return relative(dir, path).split(sep).join('/');
}

/** Whether `inner` is `outer` or inside it. */
function isWithin(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !path.startsWith(sep) && !/^[a-z]:/iu.test(path));
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
 * `untouched` at its top; a folder that holds none of them is deleted whole, without reading it,
 * and one whose entries are `known` (see `unchangedFolders`) is not read either.
 *
 * @returns how many files and folders were deleted at the top of what was deleted
 */
export function clearAllBut(
  outDir: string,
  kept: ReadonlySet<string>,
  untouched: ReadonlySet<string> = UNTOUCHED,
  known: ReadonlyMap<string, readonly FolderEntry[]> = new Map(),
): number {
  if (!existsSync(outDir)) return 0;
  const keptFolders = foldersOf(kept);
  let deleted = 0;
  const clear = (folder: string, atTop: boolean): void => {
    const entries =
      known.get(relativePath(outDir, folder))?.map((entry) => ({ ...entry, isFile: !entry.isFolder })) ??
      readdirSync(folder, { withFileTypes: true }).map((entry) => ({ name: entry.name, isFolder: entry.isDirectory(), isFile: entry.isFile() }));
    for (const entry of entries) {
      if (atTop && untouched.has(entry.name)) continue;
      const path = join(folder, entry.name);
      const name = relativePath(outDir, path);
      if (entry.isFolder && keptFolders.has(name)) {
        clear(path, false);
      } else if (!kept.has(name) || !entry.isFile) {
        rmSync(path, { recursive: true, force: true, maxRetries: 3 });
        deleted++;
      }
    }
  };
  clear(outDir, true);
  return deleted;
}

/**
 * Delete the files of `previous` that `current` does not have, and the folders they leave empty;
 * never a file of `public/` (`isPublic`), which Astro copies into the folder as it is.
 *
 * @returns the files deleted
 */
export function deleteStale(outDir: string, previous: Iterable<string>, current: ReadonlySet<string>, isPublic: (file: string) => boolean = () => false): string[] {
  const stale = [...previous].filter((file) => !current.has(file) && !isPublic(file));
  for (const file of stale) {
    rmSync(join(outDir, file), { force: true, maxRetries: 3 });
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
  let recordFile = '';
  let outDir = '';
  let publicDir = '';
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
        publicDir = resolve(fileURLToPath(config.publicDir));
        // An output folder that holds the project is Astro's to refuse, which it does after the
        // build starts: nothing in it is deleted here.
        if (isWithin(resolve(fileURLToPath(config.root)), outDir)) enabled = false;
      },
      'astro:build:start': ({ logger }) => {
        if (!enabled) return;
        previous = readRecord(recordFile, outDir);
        rmSync(recordFile, { force: true });
        const kept = previous === undefined ? new Set<string>() : unchangedFiles(outDir, previous);
        const known = previous === undefined ? new Map() : unchangedFolders(outDir, previous);
        const deleted = clearAllBut(outDir, kept, previous === undefined ? UNTOUCHED : new Set([...UNTOUCHED, ...rewritten]), known);
        logger.debug(`${previous ? `kept ${kept.size} pages of the last build` : 'emptied the output folder'}; ${deleted} entries deleted`);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        if (!enabled) return;
        const built = resolve(fileURLToPath(dir));
        const publicFiles = new Set(filesUnder(publicDir).map((file) => file.name));
        const isPublic = (file: string): boolean => publicFiles.has(file);
        // A route hidden by a file of public/ is listed in `assets` too: that file is Astro's copy.
        const current = new Set([...routeFiles(built, assets)].filter((file) => !isPublic(file)));
        const stale = deleteStale(built, (previous?.files ?? []).map(([file]) => file), current, isPublic);
        if (stale.length > 0) logger.info(`deleted ${stale.length} page(s) of the last build that this build no longer has`);
        writeRecord(recordFile, built, current, previous);
      },
    },
  };
}
