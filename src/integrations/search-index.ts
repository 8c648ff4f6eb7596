/**
 * Pagefind's static search index, written into the build after every `astro build` (whatever runs
 * it: npm scripts, the tests, withastro/action), so search can never lag the pages.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addPhaseTime, profileLine } from '../loaders/build-profile.ts';

/** The pages search reads: those marked as Pagefind's body (tests/unit/search-pages.test.ts keeps the two in step). */
export const SEARCHED_PAGES = '{events,articles}/**/*.html';

/** Where in the build the index is written. */
export const INDEX_FOLDER = 'pagefind';

/** The index's entry file: its languages and, for each, the hash that names its metadata file. */
const ENTRY_FILE = 'pagefind-entry.json';

/** What the entry file says, as far as this module reads it. */
interface IndexEntry {
  version?: unknown;
  languages?: Record<string, { hash?: unknown; page_count?: unknown }>;
}

/** The entry file of the index in `dir`, or undefined when there is none that parses. */
function readEntry(dir: string): IndexEntry | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, ENTRY_FILE), 'utf8')) as IndexEntry;
  } catch {
    return undefined;
  }
}

/** A file named by the hash of its content (a fragment, index chunk, filter or metadata file): its prefix and hash. */
const HASHED_FILE = /^(?:pagefind\.)?([a-z0-9-]+_)([0-9a-f]+)\.pf_[a-z]+$/u;

/**
 * Every name of the form `prefix` + hex digits that `text` holds, for each of `prefixes`, whatever
 * follows it: `names.has(name)` is then `text.includes(name)` for such names, without searching the
 * text once for each of 18,000 files.
 *
 * @example
 * [...namesIn('\u0001jen_4ae5\u0019', new Set(['en_']))] //=> ['en_4', 'en_4a', 'en_4ae', 'en_4ae5']
 */
export function namesIn(text: string, prefixes: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const prefix of prefixes) {
    for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
      for (let end = at + prefix.length; end < text.length && /[0-9a-f]/u.test(text[end]!); end++) names.add(text.slice(at, end + 1));
    }
  }
  return names;
}

/**
 * Delete the files of an earlier index that this one does not use, and report how many.
 *
 * Pagefind names its fragments, index chunks and filters by the hash of their content and skips
 * writing a file whose name is already there: written over the last build's index, it creates only
 * the files that changed, and leaves those of pages that changed or went away. Its metadata file
 * (gzip) names every file of the index, so a hashed file whose name it does not hold is an old one.
 * Files without a hash in their name (the entry file, scripts, styles, WebAssembly) are written on
 * every run and kept. Checked against Pagefind 1.6's layout by search-index.test.ts.
 *
 * @returns the number of files deleted, or undefined (nothing deleted) when the folder does not hold
 *   an index laid out as described (the caller then writes the index again into an empty folder)
 */
export function deleteUnusedIndexFiles(dir: string): number | undefined {
  let text = '';
  try {
    const languages = Object.values(readEntry(dir)?.languages ?? {});
    if (languages.length === 0) return undefined;
    for (const { hash } of languages) {
      if (typeof hash !== 'string') return undefined;
      text += `${hash}\n${gunzipSync(readFileSync(join(dir, `pagefind.${hash}.pf_meta`))).toString('latin1')}\n`;
    }
  } catch {
    return undefined;
  }
  const hashed = readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    const match = entry.isFile() ? HASHED_FILE.exec(entry.name) : null;
    return match ? [{ path: join(entry.parentPath, entry.name), prefix: match[1]!, name: match[1]! + match[2]! }] : [];
  });
  const used = namesIn(text, new Set(hashed.map((file) => file.prefix)));
  const unused = hashed.filter((file) => !used.has(file.name));
  for (const file of unused) rmSync(file.path);
  return unused.length;
}

/**
 * A fragment as it was checked: its file name, size and status-change time, and the page it tells.
 * The status-change time, not the modification time: a copy or restore that keeps times (`cp -p`,
 * `rsync -a`, a CI cache) cannot set it, so a file put back from another build is read again.
 */
export type CheckedFragment = [name: string, size: number, ctimeMs: number, url: string];

/**
 * The fragments of the index in `dir` when each page of it has a fragment of its own: the fragments
 * name as many distinct pages as the index counts, each a page of the build in `site`; undefined
 * when they do not.
 *
 * Pagefind names a fragment by 7 hex digits of its content's hash, and skips writing a name already
 * there: written over the last index, a new fragment whose name is that of an old one (a chance of
 * about one in 2^28 for each pair) would be served with the old one's text. The old text is then
 * another page's: one told twice, or one no longer built; this finds it, and the caller writes the
 * index anew. (A changed page whose new name is its own old one, one chance in 2^28, would not show.)
 * A fragment `checked` before, with the same name, size and time, tells the page it told then and
 * is not read again: at 4,000 articles reading all 60,000 took 17 s when they were not in memory.
 */
export function checkedFragments(dir: string, site: string, checked: ReadonlyMap<string, CheckedFragment> = new Map()): CheckedFragment[] | undefined {
  const pages = indexedPages(dir);
  if (pages === undefined) return undefined;
  const folder = join(dir, 'fragment');
  const urls = new Set<string>();
  const fragments: CheckedFragment[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    const { size, ctimeMs } = statSync(path);
    const last = checked.get(name);
    const url = last !== undefined && last[1] === size && last[2] === ctimeMs ? last[3] : fragmentUrl(path);
    if (url === undefined || urls.has(url)) return undefined;
    const page = join(site, decodeURI(url));
    if (!existsSync(url.endsWith('/') ? join(page, 'index.html') : page)) return undefined;
    urls.add(url);
    fragments.push([name, size, ctimeMs, url]);
  }
  return urls.size === pages ? fragments : undefined;
}

/** The page a fragment file (gzip, Pagefind's signature, then JSON) tells, if it says. */
function fragmentUrl(path: string): string | undefined {
  try {
    const text = gunzipSync(readFileSync(path)).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url?: unknown };
    return typeof url === 'string' ? url : undefined;
  } catch {
    // Not a fragment Pagefind wrote: the index is written anew.
    return undefined;
  }
}

/** Whether a recorded entry has a fragment's shape: one edited by hand or cut short is no record. */
function isCheckedFragment(entry: unknown): entry is CheckedFragment {
  return (
    Array.isArray(entry) &&
    entry.length === 4 &&
    typeof entry[0] === 'string' &&
    typeof entry[1] === 'number' &&
    typeof entry[2] === 'number' &&
    typeof entry[3] === 'string'
  );
}

/** Write the record of `fragments`, or warn: the index is sound without it, and the next build reads every fragment. */
function writeFragmentRecord(recordFile: string, record: FragmentRecord, warn: (message: string) => void): void {
  try {
    mkdirSync(dirname(recordFile), { recursive: true });
    writeFileSync(recordFile, `${JSON.stringify(record)}\n`);
  } catch (error) {
    warn(`search index: no record of its fragments could be written to ${recordFile} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** The record of the fragments checked in the last build, in Astro's cache folder. */
export const FRAGMENTS_FILE = 'entente-fragments.json';

/** What the record holds: the fragments of the index in `folder`, as checked. */
interface FragmentRecord {
  folder: string;
  fragments: CheckedFragment[];
}

/** The fragments recorded for the index in `folder`, by name; none when the record is of another folder or cannot be read. */
function readFragmentRecord(recordFile: string, folder: string): Map<string, CheckedFragment> {
  try {
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as Partial<FragmentRecord>;
    if (record.folder === folder && Array.isArray(record.fragments) && record.fragments.every(isCheckedFragment)) {
      return new Map(record.fragments.map((fragment) => [fragment[0], fragment]));
    }
  } catch {
    // No record, or one cut short: every fragment is read.
  }
  return new Map();
}

/** The number of pages the index in `dir` holds, by its entry file; undefined when it cannot tell. */
function indexedPages(dir: string): number | undefined {
  const counts = Object.values(readEntry(dir)?.languages ?? {}).map(({ page_count }) => page_count);
  return counts.every((count) => typeof count === 'number') ? (counts as number[]).reduce((sum, count) => sum + count, 0) : undefined;
}

/** The version of Pagefind that wrote the index in `dir`, if there is one. */
function indexVersion(dir: string): string | undefined {
  const version = readEntry(dir)?.version;
  return typeof version === 'string' ? version : undefined;
}

/** Index the searched pages of the build in `site` into `outputPath`; the number of pages indexed. */
async function writeIndex(site: string, outputPath: string): Promise<number> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Only event and article pages mark their text for Pagefind, so only they are indexed; reading
  // every list page as well gave the same index in twice the time.
  const added = await index.addDirectory({ path: site, glob: SEARCHED_PAGES });
  const written = await index.writeFiles({ outputPath });
  await pagefind.close();
  const problems = [...added.errors, ...written.errors];
  if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
  return added.page_count;
}

/**
 * The integration. The index of the last build is left in place (keptOutput() does not delete it)
 * and this one is written over it: at 1,000 articles (18,000 files) writing the index took 3 s over
 * the last one and 12 s into an empty folder. What the new index does not use is then deleted, and
 * its fragments are checked (checkedFragments); an index that fails is written anew. The fragments
 * checked are recorded in Astro's cache folder, so the next build reads only the new ones; the
 * record is deleted before the index is written, so a build stopped halfway leaves none.
 */
export function searchIndex(): AstroIntegration {
  let recordFile: string | undefined;
  return {
    name: 'entente-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        recordFile = join(fileURLToPath(config.cacheDir), FRAGMENTS_FILE);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const outputPath = join(site, INDEX_FOLDER);
        const overLast = existsSync(outputPath);
        const lastVersion = indexVersion(outputPath);
        const checked = recordFile === undefined ? new Map<string, CheckedFragment>() : readFragmentRecord(recordFile, outputPath);
        if (recordFile !== undefined) rmSync(recordFile, { force: true, maxRetries: 3 });
        let pages = await writeIndex(site, outputPath);
        // Another version of Pagefind may lay its files out otherwise: its index is not reused.
        const reusable = overLast && lastVersion === indexVersion(outputPath) && deleteUnusedIndexFiles(outputPath) !== undefined;
        let fragments = reusable ? checkedFragments(outputPath, site, checked) : undefined;
        if (overLast && fragments === undefined) {
          logger.info('search index: the last build’s index could not be reused; writing it anew');
          rmSync(outputPath, { recursive: true, force: true, maxRetries: 3 });
          pages = await writeIndex(site, outputPath);
        }
        if (recordFile !== undefined) {
          // Written into an empty folder, the index is sound; its fragments are read for the record
          // (3.2 s for the 18,000 of 1,000 articles, just written), so the next build reads only new ones.
          fragments ??= checkedFragments(outputPath, site);
          if (fragments !== undefined) writeFragmentRecord(recordFile, { folder: outputPath, fragments }, (message) => logger.warn(message));
        }
        logger.info(`search index: ${pages} pages`);
        // The last step of a build: with ENTENTE_PROFILE=1, say where the build's time went.
        addPhaseTime('index', performance.now() - started);
        const profile = profileLine();
        if (profile !== undefined) logger.info(profile);
      },
    },
  };
}
