/**
 * `entente check [DIR]`: the review report editors read: every problem in every article.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticles } from '../lib/article/index.ts';
import { loadKnowledge } from '../lib/knowledge/load.ts';
import { formatDiagnostic } from '../lib/diagnostics.ts';
import { CHECK_USAGE } from './usage.ts';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, writeLines, type CliIo } from './io.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Run `entente check`.
 *
 * @example
 * await check(['tests/fixtures/bad-articles'], io)
 * //=> 1 (after printing each problem and "0 articles, 11 errors")
 */
export async function check(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  if (values.help === true) {
    writeLines(io.stdout, [CHECK_USAGE]);
    return EXIT_OK;
  }
  if (positionals.length > 1) {
    writeLines(io.stderr, ['entente check: give at most one directory', '', CHECK_USAGE]);
    return EXIT_USAGE;
  }
  const dir = positionals[0] ?? 'content';
  // A content folder (with articles/ beside actors/, events/, eras/) or a folder of articles alone.
  // Paths stay relative to the working directory, as typed, so messages show them the same way.
  const isContentDir = await stat(join(dir, 'articles')).then((info) => info.isDirectory(), () => false);
  const [{ articles, diagnostics: articleDiagnostics }, knowledge] = await Promise.all([
    loadArticles(isContentDir ? join(dir, 'articles') : dir),
    isContentDir ? loadKnowledge(dir) : undefined,
  ]);
  const diagnostics = [...articleDiagnostics, ...(knowledge?.diagnostics ?? [])];
  writeLines(io.stdout, diagnostics.map((diagnostic) => formatDiagnostic(diagnostic)));
  const errors = diagnostics.filter((diagnostic) => diagnostic.fatal).length;
  const warnings = diagnostics.length - errors;
  const summary = `${plural(articles.length, 'article')}, ${plural(errors, 'error')}`;
  writeLines(io.stdout, [warnings > 0 ? `${summary}, ${plural(warnings, 'warning')}` : summary]);
  return errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
