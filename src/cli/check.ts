/**
 * `entente check [DIR]`: the review report editors read: every problem in every article, and with
 * `--events` what the timeline made of every date; with `--json`, the same as data.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticles } from '../lib/article/index.ts';
import type { Article } from '../lib/article/index.ts';
import { cacheSettingFromEnv, openArticleCache, readThrough } from '../lib/cache/article-cache.ts';
import { loadKnowledge } from '../lib/knowledge/load.ts';
import { EntenteContentError, formatDiagnostic } from '../lib/diagnostics.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { reviewDocument } from '../lib/export/review-json.ts';
import type { ReviewReport } from '../lib/review.ts';
import { CHECK_USAGE } from './usage.ts';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, writeLines, type CliIo } from './io.ts';
import { plural, reviewLines } from './review-text.ts';

/**
 * Read the content folder as the site does, editors' corrections applied: every problem, the
 * corrections' own among them, and with `events` what became of every date. Loaded only here:
 * reading events needs the NLP library, which plain checking does not unless an article corrects
 * its events. A content error is a problem to list, not a failure of the tool.
 */
async function read(dir: string, events: boolean): Promise<{ diagnostics: Diagnostic[]; report?: ReviewReport }> {
  const [{ readContent }, { reviewReport }] = await Promise.all([import('../lib/site-data.ts'), import('../lib/review.ts')]);
  try {
    const reading = await readContent(dir);
    return { diagnostics: reading.warnings, ...(events ? { report: reviewReport(reading) } : {}) };
  } catch (error) {
    if (error instanceof EntenteContentError) return { diagnostics: [...error.diagnostics] };
    throw error;
  }
}

/**
 * Load a content folder's articles and knowledge without reading their events, through the
 * cache the build and the reading share: an article read before is not parsed again, and one
 * parsed now is kept for them.
 */
async function loadContent(dir: string): Promise<{ articles: Article[]; diagnostics: Diagnostic[] }> {
  const known = await loadKnowledge(dir);
  const cache = await openArticleCache(cacheSettingFromEnv(), dir, known.knowledge);
  const loaded = await loadArticles(
    join(dir, 'articles'),
    cache && readThrough(cache, false, (reading, bytes, hit) => {
      if (!hit) cache.set(bytes, reading);
    }),
  );
  await cache?.close();
  return { articles: loaded.articles, diagnostics: [...loaded.diagnostics, ...known.diagnostics] };
}

/**
 * Run `entente check`.
 *
 * @example
 * // Prints each problem, then "0 articles, 11 errors".
 * await check(['tests/fixtures/bad-articles'], { stdin: process.stdin, stdout: process.stderr, stderr: process.stderr }) //=> 1
 */
export async function check(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { help: { type: 'boolean', short: 'h' }, events: { type: 'boolean' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
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
  if (values.events === true && !isContentDir) {
    writeLines(io.stderr, [`entente check --events: ${dir} has no articles/ folder; give the content folder`]);
    return EXIT_USAGE;
  }
  const loaded = await (isContentDir ? loadContent(dir) : loadArticles(dir));
  const { articles } = loaded;
  let diagnostics: Diagnostic[] = loaded.diagnostics;
  let report: ReviewReport | undefined;
  // The editors' `events:` corrections are checked against what the reading finds, so read when
  // they need it or the events are asked for; the reading lists the files' problems again, with its own.
  const corrects = articles.some((article) => article.eventOverrides.length > 0);
  if (isContentDir && (values.events === true || corrects)) {
    ({ diagnostics, report } = await read(dir, values.events === true));
  }
  const errors = diagnostics.filter((diagnostic) => diagnostic.fatal).length;
  if (values.json === true) {
    writeLines(io.stdout, [JSON.stringify(reviewDocument(articles.length, diagnostics, report), null, 2)]);
  } else {
    const warnings = diagnostics.length - errors;
    const summary = `${plural(articles.length, 'article')}, ${plural(errors, 'error')}`;
    writeLines(io.stdout, [...diagnostics.map((diagnostic) => formatDiagnostic(diagnostic)), warnings > 0 ? `${summary}, ${plural(warnings, 'warning')}` : summary]);
    if (report !== undefined) writeLines(io.stdout, ['', ...reviewLines(report)]);
  }
  return errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
