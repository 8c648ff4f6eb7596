/**
 * A disk cache of what reading one article gives (its parse and its analysis), so that an
 * unchanged article is never parsed or analysed again: in builds, in `astro dev` and in
 * `entente check`. Entries are addressed by content (see `entryKey`), so the same article in another
 * folder (a copy in a temporary site) is found too; the path it was read from is left out of an
 * entry and put back on reading.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ReadArticle } from '../article/load.ts';
import { parseArticle } from '../article/parse.ts';
import type { Article } from '../article/parse.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { eachFile } from '../each-file.ts';
import { codeDigest } from './reading-code.ts';
import { replaceFile } from './replace-file.ts';
import type { ArticleAnalysis } from '../events/analyse.ts';
import type { Knowledge } from '../knowledge/load.ts';
import type { StringPool } from '../text/string-pool.ts';

/** Where the cache lives, or `false` for none. */
export type CacheSetting = { dir: string } | false;

/**
 * The cache setting from the environment: `ENTENTE_NO_CACHE=1` turns it off (tests stay
 * hermetic), `ENTENTE_CACHE_DIR` moves it; by default `node_modules/.cache/entente`, where tools
 * keep their caches by convention (find-cache-dir), so that `npm ci` or deleting `node_modules` clears it.
 *
 * @example
 * cacheSettingFromEnv({ ENTENTE_CACHE_DIR: '.cache/entente' }) //=> { dir: '.cache/entente' }
 */
export function cacheSettingFromEnv(env: NodeJS.ProcessEnv = process.env): CacheSetting {
  if (env.ENTENTE_NO_CACHE !== undefined && env.ENTENTE_NO_CACHE !== '' && env.ENTENTE_NO_CACHE !== '0') return false;
  return { dir: env.ENTENTE_CACHE_DIR || join('node_modules', '.cache', 'entente') };
}

/** What reading one article gave; `analysis` is absent when only parsing was asked for. */
export interface CachedReading {
  article: Article;
  diagnostics: Diagnostic[];
  analysis?: ArticleAnalysis;
}

/** An entry as stored: the reading with its path left out, and its key to tell a stale or foreign file. */
interface StoredEntry {
  key: string;
  reading: CachedReading;
}

/** How many content folders keep their entries: the latest runs of each (builds, checks, evals, tests). */
const KEPT_FOLDERS = 16;

/** How old a half-written entry must be to be taken for one a crash left behind. */
const ABANDONED_MS = 10 * 60 * 1000;

/** Bumped when the stored shape changes, so that old entries are not read as new ones. */
const FORMAT = 1;

const sha256 = (...parts: ReadonlyArray<string | Uint8Array>): string => {
  const hash = createHash('sha256');
  // Parts are text, digests and ids, with no NUL but in an article's bytes, always last: a NUL after each keeps ("ab", "c") and ("a", "bc") apart.
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/**
 * The digests of bytes already digested, by identity: a dev server given the same bytes of an
 * unchanged file (see unchanged-files.ts) does not hash them again after each save.
 */
const BYTES_DIGESTS = new WeakMap<Uint8Array, string>();

function bytesDigest(bytes: Uint8Array): string {
  let digest = BYTES_DIGESTS.get(bytes);
  if (digest === undefined) {
    digest = sha256(bytes);
    BYTES_DIGESTS.set(bytes, digest);
  }
  return digest;
}

/** The modules whose work a cached reading is: parsing, analysing (on this thread or a worker's) and storing an article. */
const READING_ENTRIES = ['../article/parse.ts', '../events/analyse.ts', '../events/analyse-pool.ts', './article-cache.ts'].map((entry) => new URL(entry, import.meta.url));

/** The cache's folder of merge snapshots (see merge-snapshots.ts), which are forgotten with their content folder. */
export const SNAPSHOTS_FOLDER = 'merges';

/** The name a content folder's files in the cache go by: the digest of its absolute path. */
export function folderKey(contentDir: string): string {
  return sha256(resolve(contentDir));
}

let warned = false;
function warnOnce(reason: string): void {
  if (warned) return;
  warned = true;
  process.emitWarning(`Entente reads every article without its cache: ${reason}`, 'EntenteCacheWarning');
}

/** The reading of one article, with the path it was read from left out or put back. */
function withPath<Entry extends CachedReading>(entry: Entry, path: string): Entry {
  // Spreading keeps each key where it was, so what is written from a cached article is byte for byte the same.
  return {
    ...entry,
    article: { ...entry.article, path },
    diagnostics: entry.diagnostics.map((diagnostic) => ({ ...diagnostic, file: path })),
  };
}

/**
 * The readings of the last run over each content folder (by its absolute path), kept in memory when
 * a run asks to `remember` them: `astro dev` reads the whole folder again after each change, and at
 * 4,000 articles reading and parsing their 4,000 entries from disk took 7 s. Off by default, since a
 * build reads once and would only hold them in memory while its pages render.
 */
const REMEMBERED = new Map<string, Map<string, StoredEntry>>();

/** The articles' cache for one run over one content folder. */
export interface ArticleCache {
  /** The reading stored for these bytes, or `undefined`. Counts a hit when it has what `needAnalysis` asks. */
  get(bytes: Uint8Array, path: string, id: string, needAnalysis: boolean): Promise<CachedReading | undefined>;
  /** Keep a reading for the next run; written by `close`. */
  set(bytes: Uint8Array, reading: CachedReading): void;
  /** How many articles came from the cache so far. */
  readonly hits: number;
  /** Write what was set, and remove the entries no recent run used. */
  close(): Promise<void>;
}

/**
 * Open the cache for one run over `contentDir`, whose knowledge (actors, known events, eras) is
 * part of every key: a change to it invalidates every entry. `undefined` when the cache is off or
 * cannot be used; the reason is given once per process as a Node warning. With `remember`, the
 * readings of the run are also kept in memory for the next run over the folder in this process
 * (see `REMEMBERED`). With `pool`, the analyses read back share their strings through it.
 *
 * @example
 * const cache = await openArticleCache({ dir: 'node_modules/.cache/entente' }, 'content', (await loadKnowledge('content')).knowledge)
 * await cache?.get(new TextEncoder().encode('---\ntitle: Never read\n---\nText.'), 'content/articles/a.md', 'a', true) //=> undefined
 */
export async function openArticleCache(
  setting: CacheSetting,
  contentDir: string,
  knowledge: Knowledge,
  { remember = false, pool }: { remember?: boolean; pool?: StringPool } = {},
): Promise<ArticleCache | undefined> {
  if (setting === false) return undefined;
  const code = await codeDigest(READING_ENTRIES, String(FORMAT));
  if (code === undefined) {
    warnOnce("its own source cannot be found to tell one version's readings from another's");
    return undefined;
  }
  const dir = resolve(setting.dir);
  const entriesDir = join(dir, 'entries');
  try {
    await mkdir(entriesDir, { recursive: true });
    await mkdir(join(dir, 'runs'), { recursive: true });
  } catch (error) {
    warnOnce(`${dir} cannot be created (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return undefined;
  }
  // What was loaded, not the files: the reading sees only this, so an editor's note in a file changes no key.
  const knowledgeDigest = sha256(JSON.stringify(knowledge));
  /** The key of an article: its bytes and id, the editors' knowledge and Entente's version. */
  const entryKey = (bytes: Uint8Array, id: string): string => sha256(code, knowledgeDigest, id, bytesDigest(bytes));
  const used = new Set<string>();
  const pending = new Map<string, StoredEntry>();
  let hits = 0;
  const folder = resolve(contentDir);
  // A copy: a run that fails before `close` (a content error, common while editing) leaves the last good run's.
  const memory = remember ? new Map(REMEMBERED.get(folder)) : undefined;

  return {
    get hits() {
      return hits;
    },
    async get(bytes, path, id, needAnalysis) {
      const key = entryKey(bytes, id);
      let stored: Partial<StoredEntry> | null | undefined = memory?.get(key);
      const remembered = stored !== undefined;
      if (!remembered) {
        try {
          stored = JSON.parse(await readFile(join(entriesDir, `${key}.json`), 'utf8')) as Partial<StoredEntry> | null;
        } catch {
          // Missing, or cut short (a crash while writing): read the article, and write it again.
          return undefined;
        }
      }
      // Some other file under its name (edited by hand, written by an older Entente): the same.
      if (stored?.key !== key || stored.reading === undefined || (needAnalysis && stored.reading.analysis === undefined)) return undefined;
      used.add(key);
      if (!remembered) {
        // Read back, each event's copy of its article's strings would be a copy of its own.
        pool?.intern(stored.reading.analysis);
        memory?.set(key, { key, reading: stored.reading });
      }
      hits += 1;
      return withPath(stored.reading, path);
    },
    set(bytes, reading) {
      const key = entryKey(bytes, reading.article.id);
      used.add(key);
      const entry = { key, reading: withPath(reading, '') };
      pending.set(key, entry);
      memory?.set(key, entry);
    },
    async close() {
      // What this run used, and only that, is remembered: an article since edited or deleted is forgotten.
      if (memory !== undefined) {
        for (const key of memory.keys()) if (!used.has(key)) memory.delete(key);
        REMEMBERED.set(folder, memory);
      }
      try {
        await eachFile(pending, async ([key, entry]) => {
          await replaceFile(join(entriesDir, `${key}.json`), JSON.stringify(entry));
        });
        await replaceFile(join(dir, 'runs', `${folderKey(contentDir)}.json`), JSON.stringify([...used]));
        await evict(dir);
      } catch (error) {
        warnOnce(`${dir} cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
    },
  };
}

/**
 * Keep the entries the latest run over each of the most recent content folders used; remove the
 * rest (articles since changed or deleted, knowledge or code since changed), so the cache stays
 * as large as the few sites read lately.
 */
async function evict(dir: string): Promise<void> {
  const runsDir = join(dir, 'runs');
  const runNames = await readdir(runsDir);
  // Another process may rename its record into place meanwhile: a name gone by then is no run.
  const runs = (
    await eachFile(
      runNames.filter((name) => name.endsWith('.json')),
      async (name) => stat(join(runsDir, name)).then((info) => [{ name, modified: info.mtimeMs }], () => []),
    )
  ).flat();
  runs.sort((a, b) => b.modified - a.modified);
  const kept = new Set<string>();
  for (const run of runs.slice(0, KEPT_FOLDERS)) {
    // A record cut short (by a crash, before records were renamed into place) keeps nothing.
    const keys = await readFile(join(runsDir, run.name), 'utf8').then(
      (text) => {
        try {
          const parsed: unknown = JSON.parse(text);
          return Array.isArray(parsed) ? parsed.filter((key): key is string => typeof key === 'string') : [];
        } catch {
          return [];
        }
      },
      () => [],
    );
    for (const key of keys) kept.add(`${key}.json`);
  }
  const abandonedRuns = await abandoned(runsDir, runNames);
  await eachFile([...runs.slice(KEPT_FOLDERS).map((run) => run.name), ...abandonedRuns], (name) => rm(join(runsDir, name), { force: true }));
  // The merge snapshots (merge-snapshots.ts) of the folders forgotten, named `<folder key>-<merge>.json`.
  const snapshotsDir = join(dir, SNAPSHOTS_FOLDER);
  const keptFolders = new Set(runs.slice(0, KEPT_FOLDERS).map((run) => run.name.replace(/\.json$/u, '')));
  const snapshots = await readdir(snapshotsDir).catch(() => []);
  const forgotten = snapshots.filter((name) => name.endsWith('.json') && !keptFolders.has(name.split('-')[0]!));
  await eachFile([...forgotten, ...(await abandoned(snapshotsDir, snapshots))], (name) => rm(join(snapshotsDir, name), { force: true }));
  const entriesDir = join(dir, 'entries');
  const names = await readdir(entriesDir);
  const stale = names.filter((name) => name.endsWith('.json') && !kept.has(name));
  await eachFile([...stale, ...(await abandoned(entriesDir, names))], (name) => rm(join(entriesDir, name), { force: true }));
}

/** The `.tmp` files of `names` in `dir` a crash left: another process's write in flight is younger. */
async function abandoned(dir: string, names: readonly string[]): Promise<string[]> {
  const old = await eachFile(
    names.filter((name) => name.endsWith('.tmp')),
    async (name) => ((await stat(join(dir, name)).then((info) => info.mtimeMs, () => Date.now())) < Date.now() - ABANDONED_MS ? [name] : []),
  );
  return old.flat();
}

/**
 * How `loadArticles` reads each file through the cache: a hit gives the stored parse (with its
 * analysis when `needAnalysis`), a miss is parsed now. Each article read is passed to `found`
 * with its bytes and whether it came from the cache, so that what is read anew can be stored.
 *
 * @example
 * const cache = await openArticleCache(cacheSettingFromEnv(), 'content', (await loadKnowledge('content')).knowledge)
 * const read = cache && readThrough(cache, false, (reading, bytes, hit) => hit || cache.set(bytes, reading));
 * (await loadArticles('content/articles', read)).articles.map((article) => article.id) //=> ['lammy-beijing-visit']
 */
export function readThrough(
  cache: ArticleCache,
  needAnalysis: boolean,
  found: (reading: CachedReading, bytes: Uint8Array, hit: boolean) => void,
): ReadArticle {
  return async (bytes, path, id) => {
    const hit = await cache.get(bytes, path, id, needAnalysis);
    const reading = hit ?? parseArticle(bytes, path, { id });
    if (reading.article !== undefined) found({ ...reading, article: reading.article }, bytes, hit !== undefined);
    return { article: reading.article, diagnostics: reading.diagnostics };
  };
}
