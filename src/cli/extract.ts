/**
 * `entente extract`: the temporal expressions the tagger finds, either as JSON lines for
 * evaluation (`--jsonl`, stdin → stdout, in `extract-jsonl.ts`) or, for people, per article file
 * with the place of each expression in the file.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseArticle, pointInBlock, type Article } from '../lib/article/index.ts';
import { tagTimexes } from '../lib/dates/index.ts';
import { formatDiagnostic, type Diagnostic } from '../lib/diagnostics.ts';
import { EXTRACT_USAGE } from './usage.ts';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, writeLines, type CliIo } from './io.ts';

/**
 * The lines `entente extract` prints for one article: every TIMEX3 expression of every block,
 * with its position in the file.
 *
 * @example
 * const { article } = parseArticle(new TextEncoder().encode('---\ntitle: A\ndate: 2024-10-18\n---\nLammy met Wang on Friday.'), 'a.md')
 * extractionLines(article) //=> ['a.md:5:19  "Friday"  DATE 2024-10-18']
 */
export function extractionLines(article: Article): string[] {
  return article.blocks.flatMap((block) =>
    tagTimexes(block.text, { dct: article.date }).map((timex) => {
      const { line, column } = pointInBlock(block, timex.start);
      const mod = timex.mod === undefined ? '' : ` ${timex.mod}`;
      return `${article.path}:${line}:${column}  ${JSON.stringify(timex.text)}  ${timex.type} ${timex.value}${mod}`;
    }),
  );
}

/**
 * Run `entente extract`.
 *
 * @example
 * const printed = []
 * const io = { stdin: process.stdin, stdout: { write: (text) => printed.push(text) }, stderr: process.stderr }
 * await extract(['content/articles/lammy-beijing-visit.md'], io) //=> 0
 * printed.join('').split('\n')[0] //=> 'content/articles/lammy-beijing-visit.md:8:75  "Friday"  DATE 2024-10-18'
 */
export async function extract(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { help: { type: 'boolean', short: 'h' }, jsonl: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.help === true) {
    writeLines(io.stdout, [EXTRACT_USAGE]);
    return EXIT_OK;
  }
  if (values.jsonl === true) {
    if (positionals.length > 0) {
      writeLines(io.stderr, ['entente extract: --jsonl reads stdin and takes no files', '', EXTRACT_USAGE]);
      return EXIT_USAGE;
    }
    // Imported on demand so that the other commands never depend on this one loading.
    const { extractJsonl } = await import('./extract-jsonl.ts');
    return extractJsonl(io.stdin, io.stdout, io.stderr);
  }
  if (positionals.length === 0) {
    writeLines(io.stderr, ['entente extract: give at least one article file, or --jsonl', '', EXTRACT_USAGE]);
    return EXIT_USAGE;
  }

  const diagnostics: Diagnostic[] = [];
  for (const path of positionals) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      diagnostics.push({ file: path, ruleId: 'file-unreadable', reason: `The file cannot be read (${code})`, fatal: true });
      continue;
    }
    const result = parseArticle(bytes, path);
    diagnostics.push(...result.diagnostics);
    if (result.article !== undefined) writeLines(io.stdout, extractionLines(result.article));
  }
  writeLines(io.stderr, diagnostics.map((diagnostic) => formatDiagnostic(diagnostic)));
  return diagnostics.some((diagnostic) => diagnostic.fatal) ? EXIT_PROBLEMS : EXIT_OK;
}
