/**
 * `entente check [DIR]`: the review report editors read: every problem in every article.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticles } from '../lib/article/index.ts';
import { loadKnowledge } from '../lib/knowledge/load.ts';
import type { ReviewEntry } from '../lib/review.ts';
import { formatDiagnostic } from '../lib/diagnostics.ts';
import { CHECK_USAGE } from './usage.ts';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, writeLines, type CliIo } from './io.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The review report: what became of every date, one line each, then a count. */
function eventReport(entries: readonly ReviewEntry[]): string[] {
  const lines = entries.map((entry) => {
    const place = `${entry.file}:${entry.line}:${entry.column}`;
    const written = { date: JSON.stringify(entry.text), 'known-event': `known event ${JSON.stringify(entry.text)}`, 'news-week': 'undated, in the news week' }[entry.source];
    const outcome = 'eventId' in entry.outcome ? `event ${entry.outcome.eventId}` : `skipped [${entry.outcome.rejectedBy}] ${entry.outcome.reason}`;
    return `${place}  ${written}  ${entry.value}  ${outcome}`;
  });
  const dates = entries.filter((entry) => entry.source === 'date');
  const skipped = dates.filter((entry) => 'rejectedBy' in entry.outcome).length;
  const events = new Set(entries.flatMap((entry) => ('eventId' in entry.outcome ? [entry.outcome.eventId] : [])));
  return [...lines, `${plural(dates.length, 'date')} written: ${dates.length - skipped} on the timeline, ${skipped} skipped; ${plural(events.size, 'event')}`];
}

/**
 * Run `entente check`.
 *
 * @example
 * await check(['tests/fixtures/bad-articles'], io)
 * //=> 1 (after printing each problem and "0 articles, 11 errors")
 */
export async function check(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { help: { type: 'boolean', short: 'h' }, events: { type: 'boolean' } },
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
  if (errors > 0) return EXIT_PROBLEMS;
  if (values.events === true) {
    if (!isContentDir) {
      writeLines(io.stderr, [`entente check --events: ${dir} has no articles/ folder; give the content folder`]);
      return EXIT_USAGE;
    }
    // Loaded only here: reading events needs the NLP library, which plain checking does not.
    const [{ readContent }, { reviewEntries }] = await Promise.all([import('../lib/site-data.ts'), import('../lib/review.ts')]);
    writeLines(io.stdout, ['', ...eventReport(reviewEntries(await readContent(dir)))]);
  }
  return EXIT_OK;
}
