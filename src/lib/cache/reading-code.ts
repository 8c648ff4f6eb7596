/**
 * Which of Entente's own source files a cached reading depends on: the modules that parse and
 * analyse an article, and every module they import. A change to any other file (how pages are
 * laid out, the exports, the timeline's lists) keeps the cache: at 4,000 articles, reading every
 * article again takes minutes.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A relative path in quotes: every way a module names another of this repository's files (`from
 * './x.ts'`, `import './y.ts'`, `import(\`../z.ts\`)`, the file a worker thread is started with).
 *
 * Any quoted relative path and not only import statements: the files are Entente's own TypeScript,
 * which a JavaScript lexer (es-module-lexer) cannot read without its types stripped first, and a
 * path that is no import (one in a comment, say) only adds a file to the digest, which can make
 * the cache miss, never serve a stale reading.
 */
const RELATIVE_SPECIFIER = /['"`](\.{1,2}\/[^'"`\s]+)['"`]/gu;

/**
 * The relative specifiers one source text names.
 *
 * @example
 * relativeSpecifiers("import { a } from './a.ts';\nimport '../b.ts';\nimport nlp from 'compromise';")
 * //=> ['./a.ts', '../b.ts']
 */
export function relativeSpecifiers(source: string): string[] {
  return [...source.matchAll(RELATIVE_SPECIFIER)].map((match) => match[1]!);
}

/**
 * The files `entries` import, directly or through others, with the entries themselves, each with
 * its source (read once, for the caller to digest), in the order of their absolute paths. A path
 * that names no file is left out: no module that runs can import it (one in an example of a
 * comment, say); an entry that is not there throws.
 *
 * @example
 * const files = (await moduleClosure(['src/lib/events/analyse.ts'])).map(([file]) => file)
 * files.some((file) => file.endsWith('/dates/rules/year.ts')) //=> true
 * files.some((file) => file.includes('/timeline/')) //=> false
 */
export async function moduleClosure(entries: readonly string[]): Promise<Array<[file: string, source: string]>> {
  const found = new Map<string, string | undefined>();
  const required = new Set(entries.map((entry) => resolve(entry)));
  let next = [...required];
  while (next.length > 0) {
    const fresh = [...new Set(next)].filter((file) => !found.has(file));
    const sources = await Promise.all(fresh.map((file) => (required.has(file) ? readFile(file, 'utf8') : readFile(file, 'utf8').catch(ifMissing))));
    fresh.forEach((file, index) => found.set(file, sources[index]));
    next = fresh.flatMap((file, index) => relativeSpecifiers(sources[index] ?? '').map((specifier) => resolve(dirname(file), specifier)));
  }
  return [...found]
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `undefined` for a file that is not there (or a folder); any other failure is thrown. */
function ifMissing(error: NodeJS.ErrnoException): undefined {
  if (error.code === 'ENOENT' || error.code === 'EISDIR') return undefined;
  throw error;
}

/** The digests asked for in this process, by their entries and salt: each is read once. */
const DIGESTS = new Map<string, Promise<string | undefined>>();

/**
 * A digest of Entente's own version as far as the modules `entries` go: package.json (its version
 * and dependencies' ranges), the lockfile (the exact versions of compromise and others they use),
 * `salt` (a cache's own format) and the source of every module they run (see `moduleClosure`).
 * Hashing the source, not the version alone, makes a change to a rule during development
 * invalidate what a cache kept without anyone bumping a number; a change to how pages are laid
 * out keeps it. It costs a few milliseconds, once per process. `undefined` when the source cannot
 * be found (a bundle): then nothing is cached rather than something stale served.
 *
 * @example
 * // A module that is no file, as in a bundle: nothing can be told of its version.
 * await codeDigest([new URL('https://example.org/merge.js')], '1') //=> undefined
 */
export function codeDigest(entries: readonly URL[], salt: string): Promise<string | undefined> {
  const asked = JSON.stringify([salt, ...entries.map(String)]);
  let digest = DIGESTS.get(asked);
  if (digest === undefined) {
    digest = digestOf(entries, salt);
    DIGESTS.set(asked, digest);
  }
  return digest;
}

async function digestOf(entries: readonly URL[], salt: string): Promise<string | undefined> {
  if (!import.meta.url.startsWith('file:') || entries.some((entry) => entry.protocol !== 'file:')) return undefined;
  const libDir = fileURLToPath(new URL('../', import.meta.url));
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  try {
    const sources = await moduleClosure(entries.map((entry) => fileURLToPath(entry)));
    const manifest = await readFile(join(root, 'package.json'));
    const lock = await readFile(join(root, 'package-lock.json')).catch(() => new Uint8Array());
    const hash = createHash('sha256');
    // A NUL after each part keeps ("ab", "c") and ("a", "bc") apart.
    for (const part of [salt, manifest, lock, ...sources.flatMap(([file, source]) => [file.slice(libDir.length), source])]) hash.update(part).update('\0');
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}
