/**
 * `entente new "Title"`: scaffold an article file with valid frontmatter. Never overwrites.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format } from 'date-fns/format';
import { articleId, calendarDateSchema, parseArticle } from '../lib/article/index.ts';
import { formatDiagnostic } from '../lib/diagnostics.ts';
import { NEW_USAGE } from './usage.ts';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, writeLines, type CliIo } from './io.ts';

/**
 * The text of a new article file. JSON strings are valid YAML double-quoted scalars, so any title
 * (with colons, quotes or "#") is written safely.
 *
 * @example
 * articleTemplate({ title: 'Lammy: a visit', date: '2024-10-18', source: 'AFP', tags: [] })
 * //=> '---\ntitle: "Lammy: a visit"\ndate: 2024-10-18\nsource: "AFP"\ntags: []\n---\n\n<!-- … -->\n'
 */
export function articleTemplate(fields: { title: string; date: string; source?: string; tags: readonly string[] }): string {
  const lines = ['---', `title: ${JSON.stringify(fields.title)}`, `date: ${fields.date}`];
  if (fields.source !== undefined) lines.push(`source: ${JSON.stringify(fields.source)}`);
  lines.push(`tags: [${fields.tags.map((tag) => JSON.stringify(tag)).join(', ')}]`, '---', '');
  lines.push('<!-- Paste the article text here, as written. Subheads become "## " headings. -->', '');
  return lines.join('\n');
}

/**
 * Run `entente new`: `entente new "Lammy visits Beijing" --date 2024-10-18` writes
 * content/articles/lammy-visits-beijing.md and returns 0; it never overwrites a file.
 *
 * @example
 * // A date that is no calendar day: nothing is written, and the usage is shown on stderr.
 * const io = { stdin: process.stdin, stdout: process.stdout, stderr: { write: () => true } }
 * await newArticle(['Lammy visits Beijing', '--date', '2024-02-30'], io) //=> 2
 */
export async function newArticle(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      help: { type: 'boolean', short: 'h' },
      date: { type: 'string' },
      source: { type: 'string' },
      tag: { type: 'string', multiple: true },
      dir: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (values.help === true) {
    writeLines(io.stdout, [NEW_USAGE]);
    return EXIT_OK;
  }
  const usageError = (message: string) => {
    writeLines(io.stderr, [`entente new: ${message}`, '', NEW_USAGE]);
    return EXIT_USAGE;
  };
  if (positionals.length !== 1) return usageError('give the title as one argument (quote it)');
  const title = positionals[0]!.trim();
  const slug = articleId(title);
  if (slug === '') return usageError('the title needs at least one letter or digit');
  // "Today" for the person writing: their local calendar day.
  const date = values.date ?? format(new Date(), 'yyyy-MM-dd');
  if (!calendarDateSchema.safeParse(date).success) {
    return usageError(`--date must be a real calendar date written YYYY-MM-DD; found ${JSON.stringify(date)}`);
  }

  const dir = values.dir ?? 'content/articles';
  const path = join(dir, `${slug}.md`);
  const text = articleTemplate({ title, date, ...(values.source === undefined ? {} : { source: values.source }), tags: values.tag ?? [] });
  // Check the file we are about to write with the same parser the build uses.
  const errors = parseArticle(new TextEncoder().encode(text), path).diagnostics.filter((diagnostic) => diagnostic.fatal);
  if (errors.length > 0) {
    writeLines(io.stderr, errors.map((diagnostic) => formatDiagnostic(diagnostic)));
    return EXIT_PROBLEMS;
  }
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(path, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    writeLines(io.stderr, [
      code === 'EEXIST'
        ? `entente new: ${path} already exists; not overwriting it (choose another title or edit that file)`
        : `entente new: cannot write ${path} (${code ?? String(error)})`,
    ]);
    return EXIT_PROBLEMS;
  }
  writeLines(io.stdout, [`Created ${path}`]);
  return EXIT_OK;
}
