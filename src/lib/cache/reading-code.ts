/**
 * Which of Entente's own source files a cached reading depends on: the modules that parse and
 * analyse an article, and every module they import. A change to any other file (how pages are
 * laid out, the exports, the timeline's lists) keeps the cache: at 4,000 articles, reading every
 * article again takes minutes.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

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
