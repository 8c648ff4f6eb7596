/**
 * Every article under a directory, with every problem of every file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../diagnostics.ts';
import { eachFile } from '../each-file.ts';
import { articleId } from './id.ts';
import { parseArticle, type Article } from './parse.ts';

/**
 * The `.md` files under a directory, recursively, as paths relative to it with `/` separators,
 * sorted by code unit so the order is the same on every machine. Files and folders whose name
 * starts with "." (editor backups, `.git`) are left out.
 *
 * @example
 * await listArticleFiles('content/articles') //=> ['lammy-beijing-visit.md']
 */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((segment) => segment.startsWith('.')))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** How a file's bytes become an article: `parseArticle`, or a cache in front of it. */
export type ReadArticle = (
  bytes: Uint8Array,
  path: string,
  id: string,
) => { article?: Article; diagnostics: Diagnostic[] } | Promise<{ article?: Article; diagnostics: Diagnostic[] }>;

const parse: ReadArticle = (bytes, path, id) => parseArticle(bytes, path, { id });

/**
 * Load and parse every article under `dir`, each file's bytes given by `readBytes`. Never stops
 * at the first bad file and never skips one silently: `articles` holds the good ones,
 * `diagnostics` every problem, sorted by file and position. Two files whose ids collide (`A b.md` and `a-b.md`) are both reported.
 *
 * @example
 * const { articles, diagnostics } = await loadArticles('content/articles')
 * articles.map((a) => a.id) //=> ['lammy-beijing-visit']
 */
export async function loadArticles(
  dir: string,
  read: ReadArticle = parse,
  readBytes: (path: string) => Promise<Uint8Array> = readFile,
): Promise<{ articles: Article[]; diagnostics: Diagnostic[] }> {
  let files: string[];
  try {
    files = await listArticleFiles(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      articles: [],
      diagnostics: [
        {
          file: dir,
          ruleId: 'articles-dir-unreadable',
          reason:
            code === 'ENOENT' ? 'The articles directory does not exist' : `The articles directory cannot be read (${code ?? String(error)})`,
          fatal: true,
        },
      ],
    };
  }

  const results = await eachFile(files, async (relativePath) => {
    const path = join(dir, relativePath);
    try {
      return await read(await readBytes(path), path, articleId(relativePath));
    } catch (error) {
      const reason = `The file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
      const diagnostic: Diagnostic = { file: path, ruleId: 'file-unreadable', reason, fatal: true };
      return { article: undefined, diagnostics: [diagnostic] };
    }
  });

  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = results.flatMap((result) => result.diagnostics);
  const byId = new Map<string, Article[]>();
  for (const { article } of results) {
    if (article === undefined) continue;
    articles.push(article);
    byId.set(article.id, [...(byId.get(article.id) ?? []), article]);
  }
  for (const [id, same] of byId) {
    if (same.length < 2) continue;
    for (const article of same) {
      const others = same.filter((other) => other !== article).map((other) => other.path);
      diagnostics.push({
        file: article.path,
        line: 1,
        column: 1,
        ruleId: 'id-duplicate',
        reason: `Two articles have the id "${id}" (also ${others.join(', ')}); rename one of the files`,
        fatal: true,
      });
    }
  }
  return { articles, diagnostics: diagnostics.sort(compareDiagnostics) };
}
