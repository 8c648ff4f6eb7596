/**
 * Which of Entente's own source files a cached reading depends on: the modules that parse and
 * analyse an article, and every module they import. A change to any other file (how pages are
 * laid out, the exports, the timeline's lists) keeps the cache: at 4,000 articles, reading every
 * article again takes minutes.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * A module specifier of this repository's own source: `from './x.ts'`, `import('../y.ts')`, or the
 * file a worker thread is started with (`new URL('./worker.ts', import.meta.url)`).
 *
 * A pattern and not a parser: the files are Entente's own TypeScript, which a JavaScript lexer
 * (es-module-lexer) cannot read without its types stripped first. A specifier the pattern finds in
 * a comment only adds a file to the digest, which can make the cache miss, never serve a stale reading.
 */
const RELATIVE_SPECIFIER = /(?:\bfrom|\bimport\s*\(|\bnew URL\()\s*['"](\.{1,2}\/[^'"]+)['"]/gu;

/**
 * The relative specifiers one source text names.
 *
 * @example
 * relativeSpecifiers("import { a } from './a.ts';\nexport * from '../b.ts';\nimport nlp from 'compromise';")
 * //=> ['./a.ts', '../b.ts']
 */
export function relativeSpecifiers(source: string): string[] {
  return [...source.matchAll(RELATIVE_SPECIFIER)].map((match) => match[1]!);
}

/**
 * The files `entries` import, directly or through others, with the entries themselves, as sorted
 * absolute paths. A specifier that names no file is left out: no module that runs can import it
 * (one in an example of a comment, say).
 *
 * @example
 * const files = await moduleClosure(['src/lib/events/analyse.ts'])
 * files.some((file) => file.endsWith('/dates/rules/year.ts')) //=> true
 * files.some((file) => file.includes('/timeline/')) //=> false
 */
export async function moduleClosure(entries: readonly string[]): Promise<string[]> {
  const found = new Map<string, boolean>();
  let next = entries.map((entry) => resolve(entry));
  while (next.length > 0) {
    const fresh = [...new Set(next)].filter((file) => !found.has(file));
    const sources = await Promise.all(fresh.map((file) => readFile(file, 'utf8').catch(ifMissing)));
    fresh.forEach((file, index) => found.set(file, sources[index] !== undefined));
    next = fresh.flatMap((file, index) => relativeSpecifiers(sources[index] ?? '').map((specifier) => resolve(dirname(file), specifier)));
  }
  return [...found].filter(([, exists]) => exists).map(([file]) => file).sort();
}

/** `undefined` for a file that is not there (or a folder); any other failure is thrown. */
function ifMissing(error: NodeJS.ErrnoException): undefined {
  if (error.code === 'ENOENT' || error.code === 'EISDIR') return undefined;
  throw error;
}
