/**
 * `entente check [DIR]`: the review report editors read: every problem in every article.
 */
import { parseArgs } from 'node:util';
import { loadArticles } from '../lib/article/index.ts';
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
  const dir = positionals[0] ?? 'content/articles';
  // Relative to the working directory, as typed, so that messages show paths the same way.
  const { articles, diagnostics } = await loadArticles(dir);
  writeLines(io.stdout, diagnostics.map((diagnostic) => formatDiagnostic(diagnostic)));
  const errors = diagnostics.filter((diagnostic) => diagnostic.fatal).length;
  const warnings = diagnostics.length - errors;
  const summary = `${plural(articles.length, 'article')}, ${plural(errors, 'error')}`;
  writeLines(io.stdout, [warnings > 0 ? `${summary}, ${plural(warnings, 'warning')}` : summary]);
  return errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
