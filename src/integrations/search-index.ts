/**
 * Pagefind's static search index, written into the build after every `astro build` (whatever runs
 * it: npm scripts, the tests, withastro/action), so search can never lag the pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip, gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
// The module alone: the library's index would load all of it with the config.
import { wholeNumberSetting } from '../lib/whole-number-setting.ts';
import { addPhaseTime, profileLine } from '../loaders/build-profile.ts';
import { filesUnder } from './files-under.ts';
import { INDEX_OPTIONS, PARTS_AT_ONCE, indexPartOnThread } from './index-part.ts';

/** The folders of the pages search reads: those marked as Pagefind's body (tests/unit/search-pages.test.ts keeps the two in step). */
export const SEARCHED_FOLDERS = ['events', 'articles'] as const;

/** Where in the build the index is written: its first part, which the search page loads. */
export const INDEX_FOLDER = 'pagefind';

/** Where, inside the first part's folder, the other parts are written: `parts/2/`, `parts/3/`, … */
export const PARTS_FOLDER = 'parts';

/** The file of the first part that lists the other parts' folders, for the search page to merge. */
export const PARTS_FILE = 'entente-parts.json';

/**
 * How much page HTML one part of the index reads at most, unless `ENTENTE_SEARCH_PART_KB` says.
 * Pagefind holds about ten times the HTML it reads in memory until its index is written (Pagefind
 * 1.6: 4,000 article pages of 25 KB took 1.2 GB, 55,700 event pages of 5.6 KB 2.7 GB, more than
 * the rest of the build): the pages are indexed in parts, at most two at a time (PARTS_AT_ONCE, index-part.ts),
 * so that its memory stays bounded at any size, and the search page searches all parts at once
 * (each ranks its results by its own word statistics). A part whose pages are unchanged since the
 * last build is not indexed again (see `searchIndex`).
 */
export const PART_BYTES = 64 * 2 ** 20;

/**
 * The part size a site is built with, read from a setting such as `ENTENTE_SEARCH_PART_KB`
 * (kilobytes of page HTML): {@link PART_BYTES} unless set; anything but a whole number above 0 throws.
 *
 * @example
 * partBytes(undefined) === PART_BYTES //=> true
 * partBytes('16') //=> 16384
 */
export function partBytes(setting: string | undefined): number {
  return wholeNumberSetting('ENTENTE_SEARCH_PART_KB', setting, { counting: 'kilobytes', fallback: PART_BYTES / 1024 }) * 1024;
}

/** A page search reads: its path in the build (with `/`), its size in bytes and a digest of them. */
export interface SearchedPage {
  path: string;
  size: number;
  digest: string;
}

/** What marks the text of a page as searched. */
export const SEARCHED_MARK = 'data-pagefind-body';

/**
 * An HTML file of SEARCHED_FOLDERS as a build read it: its path in the build (with `/`), size,
 * status-change time and digest, `''` when its text is not marked as searched.
 */
export type ReadPage = [path: string, size: number, ctimeMs: number, digest: string];

/**
 * The pages of the build in `site` that search reads, in the order of their paths: those of
 * SEARCHED_FOLDERS whose text is marked. Pagefind leaves out a page without the mark only when
 * another page of the same index has one, so the lists of articles beside them are left out here:
 * a part holding nothing but lists would otherwise index their whole text. The bytes are searched
 * undecoded, and not kept (at 4,000 articles, 411 MB): a part that sends them reads them again.
 *
 * A file `known` from the last build, with the same size and status-change time, has not been
 * written since (an incremental build leaves the pages it does not render in place), so it is not
 * read again: reading and digesting all 60,000 took 4 s of a rebuild at 4,000 articles. The
 * status-change time, not the modification time: a copy that keeps times cannot set it.
 *
 * @returns the searched pages, every file as read (`read`, for the next build's `known`), and how many were read again
 */
export function readSearchedPages(site: string, known: ReadonlyMap<string, ReadPage> = new Map()): { pages: SearchedPage[]; read: ReadPage[]; readAgain: number } {
  const pages: SearchedPage[] = [];
  const read: ReadPage[] = [];
  let readAgain = 0;
  for (const folder of SEARCHED_FOLDERS) {
    for (const found of filesUnder(join(site, folder))) {
      if (!found.base.endsWith('.html')) continue;
      const file = found.path;
      const path = `${folder}/${found.name}`;
      const { size, ctimeMs } = statSync(file);
      const last = known.get(path);
      let digest: string;
      if (last !== undefined && last[1] === size && last[2] === ctimeMs) digest = last[3];
      else {
        const html = readFileSync(file);
        digest = html.includes(SEARCHED_MARK) ? createHash('sha1').update(html).digest('base64') : '';
        readAgain += 1;
      }
      read.push([path, size, ctimeMs, digest]);
      if (digest !== '') pages.push({ path, size, digest });
    }
  }
  return { pages: pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), read, readAgain };
}

/** The pages of the build in `site` that search reads (see `readSearchedPages`), each read anew. */
export function searchedPages(site: string): SearchedPage[] {
  return readSearchedPages(site).pages;
}

/** How full a part is made when the pages are split anew: the rest is room for the pages to grow in later builds. */
const FILL = 3 / 4;

/**
 * The pages in parts of at most `limit` bytes each, in the order of their paths. When `starts` (the
 * first page of each part after the first, in the last build) still splits them into parts of at
 * most `limit` bytes (or of one larger page), none empty, and no more parts than half-full parts
 * would take (so that a site that shrinks does not keep a part for every few pages), those are the parts: pages
 * added, changed or removed in a rebuild then change only the parts they fall in, and the others
 * need not be indexed again. Otherwise they are split anew, each part filled to 3/4 of the limit
 * (see FILL), a larger page alone.
 *
 * @example
 * const pages = [{ path: 'a', size: 3 }, { path: 'b', size: 3 }, { path: 'c', size: 5 }];
 * const paths = (parts) => parts.map((part) => part.map((page) => page.path));
 * paths(splitIntoParts(pages, 8)) //=> [['a', 'b'], ['c']]
 * paths(splitIntoParts(pages, 8, ['b'])) //=> [['a'], ['b', 'c']]
 * paths(splitIntoParts(pages, 8, ['c', 'd'])) //=> [['a', 'b'], ['c']]
 * paths(splitIntoParts(pages, 16, ['b', 'c'])) //=> [['a', 'b', 'c']]
 */
export function splitIntoParts<Page extends Pick<SearchedPage, 'path' | 'size'>>(pages: readonly Page[], limit: number, starts: readonly string[] = []): Page[][] {
  const bytes = (part: readonly Page[]) => part.reduce((sum, page) => sum + page.size, 0);
  if (starts.length > 0) {
    const parts: Page[][] = [[]];
    for (const page of pages) {
      while (parts.length <= starts.length && page.path >= starts[parts.length - 1]!) parts.push([]);
      parts.at(-1)!.push(page);
    }
    const fits = (part: readonly Page[]) => part.length === 1 || (part.length > 1 && bytes(part) <= limit);
    if (parts.length === starts.length + 1 && parts.every(fits) && bytes(pages) > ((parts.length - 1) * limit) / 2) return parts;
  }
  const parts: Page[][] = [];
  let filled = 0;
  for (const page of pages) {
    const last = parts.at(-1);
    if (last === undefined || filled + page.size > limit * FILL) {
      parts.push([page]);
      filled = page.size;
    } else {
      last.push(page);
      filled += page.size;
    }
  }
  return parts;
}

/** Where part `at` (from 0) lies in the first part's folder: `''` for the first, `parts/2/` for the second, … */
function partPath(at: number): string {
  return at === 0 ? '' : `${PARTS_FOLDER}/${at + 1}/`;
}

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
  // The other parts of the index, in the first part's folder, are indexes of their own.
  const hashed = filesUnder(dir, PARTS_FOLDER).flatMap((file) => {
    const match = HASHED_FILE.exec(file.base);
    return match ? [{ path: file.path, prefix: match[1]!, name: match[1]! + match[2]! }] : [];
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
 * name as many distinct pages as the index counts, each one of `partPages` (paths in the build),
 * the pages it was written from; undefined when they do not. A page of another part is not one of
 * them: a page that moved to another part leaves its old fragment behind, and a new fragment given
 * that name would tell it twice, in two parts.
 *
 * Pagefind names a fragment by 7 hex digits of its content's hash, and skips writing a name already
 * there: written over the last index, a new fragment whose name is that of an old one (a chance of
 * about one in 2^28 for each pair) would be served with the old one's text. The old text is then
 * another page's: one told twice, or one no longer built; this finds it, and the caller writes the
 * index anew. (A changed page whose new name is its own old one, one chance in 2^28, would not show.)
 * A fragment `checked` before, with the same name, size and time, tells the page it told then and
 * is not read again: at 4,000 articles reading all 60,000 took 17 s when they were not in memory.
 */
export async function checkedFragments(
  dir: string,
  partPages: readonly string[],
  checked: ReadonlyMap<string, CheckedFragment> = new Map(),
): Promise<CheckedFragment[] | undefined> {
  const expected = new Set(partPages.map(pageUrl));
  const pages = indexedPages(dir);
  if (pages === undefined) return undefined;
  const folder = join(dir, 'fragment');
  const fragments: Array<CheckedFragment | undefined> = [];
  const names = readdirSync(folder);
  // Read a batch at a time: reading and unzipping run on libuv's threads, beside the next part's indexing.
  for (let at = 0; at < names.length; at += FRAGMENTS_IN_FLIGHT) {
    const batch = names.slice(at, at + FRAGMENTS_IN_FLIGHT).map(async (name): Promise<CheckedFragment | undefined> => {
      const path = join(folder, name);
      const { size, ctimeMs } = statSync(path);
      const last = checked.get(name);
      const url = last !== undefined && last[1] === size && last[2] === ctimeMs ? last[3] : await fragmentUrl(path);
      return url === undefined ? undefined : [name, size, ctimeMs, url];
    });
    fragments.push(...(await Promise.all(batch)));
  }
  const urls = new Set<string>();
  for (const fragment of fragments) {
    if (fragment === undefined || urls.has(fragment[3]) || !expected.has(decodeURI(fragment[3]))) return undefined;
    urls.add(fragment[3]);
  }
  return urls.size === pages ? (fragments as CheckedFragment[]) : undefined;
}

/**
 * The address Pagefind gives a page of the build, by its path, as `decodeURI` reads it.
 *
 * @example
 * pageUrl('events/a/index.html') //=> '/events/a/'
 */
export function pageUrl(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/u, '$1')}`;
}

/** How many fragments are read at once. */
const FRAGMENTS_IN_FLIGHT = 64;

const gunzipAsync = promisify(gunzip);

/** The page a fragment file (gzip, Pagefind's signature, then JSON) tells, if it says. */
async function fragmentUrl(path: string): Promise<string | undefined> {
  try {
    const text = (await gunzipAsync(await readFile(path))).toString('utf8');
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

/** A file of a part of the index as the build left it: its path in the part's folder (with `/`), size and status-change time. */
export type PartFile = [path: string, size: number, ctimeMs: number];

/** What the record keeps of a part of the index. */
export interface PartRecord {
  folder: string;
  /** The path of its first page: where it starts, for the next build's parts (see `splitIntoParts`). */
  first: string;
  /** The digest of its pages and of the Pagefind that indexed them (see `partDigest`). */
  digest: string;
  /** Every file of the part as written (see `partFiles`), so that a part changed since is not taken as written. */
  files: PartFile[];
  /** Its fragments, as checked. */
  fragments: CheckedFragment[];
}

/** The record of the last build's index, in Astro's cache folder. */
export const INDEX_RECORD_FILE = 'entente-index.json';

/** What the record holds: each part of the index, in order, and the files of the searched folders as read. */
interface IndexRecord {
  parts: PartRecord[];
  pages: ReadPage[];
}

/** Whether a recorded entry has a file's shape. */
const isPartFile = (entry: unknown): entry is PartFile =>
  Array.isArray(entry) && entry.length === 3 && typeof entry[0] === 'string' && typeof entry[1] === 'number' && typeof entry[2] === 'number';

/** Whether a recorded part has the shape this module writes. */
function isPartRecord(part: unknown): part is PartRecord {
  if (typeof part !== 'object' || part === null) return false;
  const { folder, first, digest, files, fragments } = part as Partial<Record<keyof PartRecord, unknown>>;
  return (
    typeof folder === 'string' &&
    typeof first === 'string' &&
    typeof digest === 'string' &&
    // A part has files: one recorded with none would be kept for a folder that is gone.
    Array.isArray(files) &&
    files.length > 0 &&
    files.every(isPartFile) &&
    Array.isArray(fragments) &&
    fragments.every(isCheckedFragment)
  );
}

/** Whether a recorded entry has a read page's shape. */
const isReadPage = (entry: unknown): entry is ReadPage =>
  Array.isArray(entry) && entry.length === 4 && typeof entry[0] === 'string' && typeof entry[1] === 'number' && typeof entry[2] === 'number' && typeof entry[3] === 'string';

/**
 * What the last build recorded; nothing when the record cannot be read or a part or page of it is
 * not as written (edited by hand, cut short): then every part is written, every fragment and page read.
 */
function readIndexRecord(recordFile: string): IndexRecord {
  try {
    const { parts, pages } = JSON.parse(readFileSync(recordFile, 'utf8')) as Partial<IndexRecord>;
    if (Array.isArray(parts) && parts.every(isPartRecord) && Array.isArray(pages) && pages.every(isReadPage)) return { parts, pages };
  } catch {
    // No record, or one cut short.
  }
  return { parts: [], pages: [] };
}

/** Write the record of the index, or warn: the index is sound without it, and the next build writes every part and reads every fragment. */
function writeIndexRecord(recordFile: string, record: IndexRecord, warn: (message: string) => void): void {
  try {
    mkdirSync(dirname(recordFile), { recursive: true });
    writeFileSync(recordFile, `${JSON.stringify(record)}\n`);
  } catch (error) {
    warn(`search index: no record of it could be written to ${recordFile} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** Every file of the part of the index in `dir`, in the order of their paths, but the list of other parts this module writes there. */
export function partFiles(dir: string): PartFile[] {
  const files: PartFile[] = [];
  for (const file of filesUnder(dir, PARTS_FOLDER)) {
    if (file.name === PARTS_FILE) continue;
    const { size, ctimeMs } = statSync(file.path);
    files.push([file.name, size, ctimeMs]);
  }
  return files.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Whether two lists of files are the same files, as `partFiles` lists them. */
function sameFiles(a: readonly PartFile[], b: readonly PartFile[]): boolean {
  return a.length === b.length && a.every((file, at) => file[0] === b[at]![0] && file[1] === b[at]![1] && file[2] === b[at]![2]);
}

/**
 * The version of Pagefind the build runs, from its package.json, found where Node finds the
 * package (its exports do not name package.json, so it cannot be imported or resolved).
 */
function pagefindVersion(): string {
  for (const folder of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    const file = join(folder, 'pagefind', 'package.json');
    if (existsSync(file)) return String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version);
  }
  throw new Error('search index: Pagefind is not installed (npm ci installs it)');
}

/**
 * How a part's pages are made into an index, in a part's digest (see `partDigest`): a change to the
 * options or to how pages are sent (their paths, their text) must index every part again, not only
 * those whose pages changed. Raise `version` with such a change.
 */
const INDEX_FORMAT = JSON.stringify({ version: 1, options: INDEX_OPTIONS });

/**
 * The digest of a part: of its pages' paths and bytes, of the version of Pagefind and of how pages
 * are indexed (INDEX_FORMAT). A part with the same digest as the last build's, whose files are as
 * that build left them, is the index Pagefind would write again.
 *
 * @example
 * const page = { path: 'events/a/index.html', size: 2, digest: 'x' };
 * partDigest('1.6.0', [page]) === partDigest('1.6.0', [{ ...page }]) //=> true
 * partDigest('1.6.0', [page]) === partDigest('1.6.0', [{ ...page, digest: 'y' }]) //=> false
 * partDigest('1.6.0', [page]) === partDigest('1.7.0', [page]) //=> false
 */
export function partDigest(version: string, pages: readonly SearchedPage[]): string {
  const hash = createHash('sha1').update(`${version}\n${INDEX_FORMAT}\n`);
  for (const page of pages) hash.update(`${page.path}\0${page.digest}\n`);
  return hash.digest('base64');
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

/** A part of the index as written over the last build's: its fragments are checked while other parts are written. */
interface WrittenPart {
  folder: string;
  pages: readonly SearchedPage[];
  /** Whether the folder held the last build's index. */
  overLast: boolean;
  /** Its fragments as checked (see `checkedFragments`); undefined when the part cannot be reused. */
  check: Promise<CheckedFragment[] | undefined>;
}

/** Write one part of the index over the last build's (see `searchIndex`), and start checking its fragments. */
async function writePart(site: string, folder: string, pages: readonly SearchedPage[], checked: ReadonlyMap<string, CheckedFragment>): Promise<WrittenPart> {
  const overLast = existsSync(folder);
  const lastVersion = indexVersion(folder);
  const paths = pages.map((page) => page.path);
  await indexPartOnThread({ site, outputPath: folder, pages: paths });
  // Another version of Pagefind may lay its files out otherwise: its index is not reused.
  const reusable = overLast && lastVersion === indexVersion(folder) && deleteUnusedIndexFiles(folder) !== undefined;
  // Written into an empty folder, the index is sound: its fragments are read for the record (3.2 s
  // for the 18,000 of 1,000 articles, just written), so that the next build reads only new ones.
  const check = reusable || !overLast ? checkedFragments(folder, paths, checked).catch(() => undefined) : Promise.resolve(undefined);
  return { folder, pages, overLast, check };
}

/** The fragments of a written part once checked; a part written over the last build's that fails is written anew first. */
async function finishPart(site: string, part: WrittenPart, info: (message: string) => void): Promise<CheckedFragment[] | undefined> {
  const fragments = await part.check;
  if (!part.overLast || fragments !== undefined) return fragments;
  info(`search index: the last build’s index in ${relative(site, part.folder)} could not be reused; writing it anew`);
  for (const entry of readdirSync(part.folder)) if (entry !== PARTS_FOLDER) rmSync(join(part.folder, entry), { recursive: true, force: true, maxRetries: 3 });
  const paths = part.pages.map((page) => page.path);
  await indexPartOnThread({ site, outputPath: part.folder, pages: paths });
  return checkedFragments(part.folder, paths);
}

/**
 * The integration. The pages are indexed in parts of at most `ENTENTE_SEARCH_PART_KB` of HTML (see
 * `PART_BYTES`), two at a time (see `PARTS_AT_ONCE`): the first in `pagefind/`, the others in
 * `pagefind/parts/N/`, listed in `pagefind/entente-parts.json` for the search page to merge.
 *
 * A rebuild keeps the last build's parts where it can (see `splitIntoParts`), and a part whose
 * pages are the same, byte for byte, as when it was written (see `partDigest`), and whose files are
 * as that build left them, is not indexed again: at 4,000 articles indexing every part took 54 s of
 * a 101 s rebuild after one article was edited. Any other part is written over the last build's
 * (keptOutput() does not delete the index): at 1,000 articles (18,000 files) that took 3 s, and 12 s
 * into an empty folder. What the new part does not use is then deleted, and its fragments are checked
 * (checkedFragments); a part that fails is written anew.
 *
 * The parts and their fragments are recorded in Astro's cache folder, so the next build reads only
 * new fragments; the record is deleted before the index is written, so a build stopped halfway
 * leaves none, and the next build writes every part.
 */
export function searchIndex(): AstroIntegration {
  let recordFile: string | undefined;
  let limit = PART_BYTES;
  return {
    name: 'entente-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        recordFile = join(fileURLToPath(config.cacheDir), INDEX_RECORD_FILE);
        // Read now, so that a mistyped setting stops the build before its pages are rendered.
        limit = partBytes(process.env.ENTENTE_SEARCH_PART_KB);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const outputPath = join(site, INDEX_FOLDER);
        const { parts: last, pages: lastRead } = recordFile === undefined ? { parts: [], pages: [] } : readIndexRecord(recordFile);
        if (recordFile !== undefined) rmSync(recordFile, { force: true, maxRetries: 3 });
        const searched = readSearchedPages(site, new Map(lastRead.map((page) => [page[0], page])));
        const parts = splitIntoParts(searched.pages, limit, last.slice(1).map((part) => part.first));
        // With no page, one empty part: Pagefind says what is wrong.
        if (parts.length === 0) parts.push([]);
        const lastByFolder = new Map(last.map((part) => [part.folder, part]));
        const version = pagefindVersion();
        const atOnce = pLimit(PARTS_AT_ONCE);
        const done = await Promise.all(
          parts.map((pages, at) =>
            atOnce(async (): Promise<{ digest: string; written: WrittenPart } | { kept: PartRecord }> => {
              const folder = join(outputPath, partPath(at));
              const digest = partDigest(version, pages);
              const lastPart = lastByFolder.get(folder);
              if (lastPart?.digest === digest && sameFiles(partFiles(folder), lastPart.files)) return { kept: lastPart };
              const checked = new Map((lastPart?.fragments ?? []).map((fragment) => [fragment[0], fragment]));
              return { digest, written: await writePart(site, folder, pages, checked) };
            }),
          ),
        );
        const record: IndexRecord = { parts: [], pages: searched.read };
        let pages = 0;
        for (const part of done) {
          if ('kept' in part) {
            record.parts.push(part.kept);
            pages += indexedPages(part.kept.folder) ?? 0;
          } else {
            const { folder, pages: partPages } = part.written;
            const fragments = await finishPart(site, part.written, (message) => logger.info(message));
            if (fragments !== undefined) record.parts.push({ folder, first: partPages[0]?.path ?? '', digest: part.digest, files: partFiles(folder), fragments });
            pages += indexedPages(folder) ?? 0;
          }
        }
        // The other parts, for the search page; those of a larger site before are gone.
        const others = parts.slice(1).map((_, at) => partPath(at + 1));
        const partsFolder = join(outputPath, PARTS_FOLDER);
        for (const name of existsSync(partsFolder) ? readdirSync(partsFolder) : []) {
          if (!others.includes(`${PARTS_FOLDER}/${name}/`)) rmSync(join(partsFolder, name), { recursive: true, force: true, maxRetries: 3 });
        }
        if (others.length === 0) rmSync(partsFolder, { recursive: true, force: true, maxRetries: 3 });
        writeFileSync(join(outputPath, PARTS_FILE), `${JSON.stringify(others)}\n`);
        if (recordFile !== undefined && record.parts.length === parts.length) writeIndexRecord(recordFile, record, (message) => logger.warn(message));
        const kept = done.filter((part) => 'kept' in part).length;
        logger.info(`search index: ${pages} pages${parts.length > 1 ? ` in ${parts.length} parts` : ''}${kept > 0 ? `, ${kept} unchanged` : ''}`);
        // The last step of a build: with ENTENTE_PROFILE=1, say where the build's time went.
        addPhaseTime('index', performance.now() - started);
        const profile = profileLine();
        if (profile !== undefined) logger.info(profile);
      },
    },
  };
}
