/**
 * `entente new "Title"`: scaffold an article file with valid frontmatter; `entente new --from
 * FILE` makes one from a saved news page or a text file. Never overwrites.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format } from 'date-fns/format';
import { articleId, calendarDateSchema, parseArticle } from '../lib/article/index.ts';
import { formatDiagnostic } from '../lib/diagnostics.ts';
import type { PageArticle } from './from-page.ts';
import { NEW_USAGE } from './usage.ts';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, writeLines, type CliIo } from './io.ts';

/** The fields of a new article; a field left out is one nobody gave. */
export interface NewArticleFields {
  title: string;
  date?: string;
  source?: string;
  url?: string;
  tags: readonly string[];
  /** The text, as markdown; without it, a note saying where to paste it. */
  body?: string;
}

/**
 * The text of a new article file. JSON strings are valid YAML double-quoted scalars, so any title
 * (with colons, quotes or "#") is written safely.
 *
 * @example
 * articleTemplate({ title: 'Lammy: a visit', date: '2024-10-18', source: 'AFP', tags: [] })
 * //=> '---\ntitle: "Lammy: a visit"\ndate: 2024-10-18\nsource: "AFP"\ntags: []\n---\n\n<!-- … -->\n'
 * articleTemplate({ title: 'A', url: 'https://example.org/a', tags: [], body: 'Text.' })
 * //=> '---\ntitle: "A"\nurl: "https://example.org/a"\ntags: []\n---\n\nText.\n'
 */
export function articleTemplate(fields: NewArticleFields): string {
  const lines = ['---', `title: ${JSON.stringify(fields.title)}`];
  if (fields.date !== undefined) lines.push(`date: ${fields.date}`);
  if (fields.source !== undefined) lines.push(`source: ${JSON.stringify(fields.source)}`);
  if (fields.url !== undefined) lines.push(`url: ${JSON.stringify(fields.url)}`);
  lines.push(`tags: [${fields.tags.map((tag) => JSON.stringify(tag)).join(', ')}]`, '---', '');
  lines.push(fields.body ?? '<!-- Paste the article text here, as written. Subheads become "## " headings. -->', '');
  return lines.join('\n');
}

/** What a saved page or text file says of its article (see from-page.ts, loaded only for `--from`). */
async function readPage(path: string): Promise<PageArticle> {
  const [text, { articleFromHtml, articleFromText, isHtmlFile }] = await Promise.all([readFile(path, 'utf8'), import('./from-page.ts')]);
  return isHtmlFile(path, text) ? articleFromHtml(text) : articleFromText(text);
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
      from: { type: 'string' },
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
  if (positionals.length > 1 || (positionals.length === 0 && values.from === undefined)) {
    return usageError('give the title as one argument (quote it), or --from FILE');
  }
  let page: PageArticle | undefined;
  if (values.from !== undefined) {
    try {
      page = await readPage(values.from);
    } catch (error) {
      writeLines(io.stderr, [`entente new: cannot read ${values.from} (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
      return EXIT_PROBLEMS;
    }
  }
  // What the command line says wins over what the page says.
  const title = (positionals[0] ?? page?.title ?? '').trim();
  if (title === '') return usageError(`${values.from} gives no title; give one as an argument`);
  const slug = articleId(title);
  if (slug === '') return usageError('the title needs at least one letter or digit');
  // "Today" for the person writing, their local calendar day; a page gives its own or none.
  const date = values.date ?? (page === undefined ? format(new Date(), 'yyyy-MM-dd') : page.date);
  if (date !== undefined && !calendarDateSchema.safeParse(date).success) {
    return usageError(`--date must be a real calendar date written YYYY-MM-DD; found ${JSON.stringify(date)}`);
  }
  const source = values.source ?? page?.source;

  const dir = values.dir ?? 'content/articles';
  const path = join(dir, `${slug}.md`);
  const text = articleTemplate({
    title,
    ...(date === undefined ? {} : { date }),
    ...(source === undefined ? {} : { source }),
    ...(page?.url === undefined ? {} : { url: page.url }),
    tags: values.tag ?? [],
    ...(page === undefined ? {} : { body: page.body }),
  });
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
