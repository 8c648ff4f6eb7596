/**
 * `entente extract FILE.md...`: for people, the temporal expressions the tagger finds in article
 * files, each with its place in the file. Apart from `extract.ts` so that `extract --jsonl` loads
 * neither the markdown parser nor the frontmatter schema.
 */
import { readFile } from 'node:fs/promises';
import { parseArticle, pointInBlock, type Article } from '../lib/article/index.ts';
import { tagTimexes } from '../lib/dates/index.ts';
import { formatDiagnostic, type Diagnostic } from '../lib/diagnostics.ts';
import { EXIT_OK, EXIT_PROBLEMS, writeLines, type CliIo } from './io.ts';

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
 * Print the expressions of every file in `paths`, then every problem; reports all files, not only
 * the first bad one. Resolves to 1 when some file could not be read or parsed.
 *
 * @example
 * const printed = []
 * const io = { stdin: process.stdin, stdout: { write: (text) => printed.push(text) }, stderr: process.stderr }
 * await extractFiles(['content/articles/lammy-beijing-visit.md'], io) //=> 0
 * printed[0].startsWith('content/articles/lammy-beijing-visit.md:') //=> true
 */
export async function extractFiles(paths: readonly string[], io: CliIo): Promise<number> {
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
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
