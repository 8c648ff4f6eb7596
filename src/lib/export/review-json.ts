import type { Diagnostic } from '../diagnostics.ts';
import type { ReviewReport } from '../review.ts';

/** The format version of `entente check --json`; it changes only when a field changes meaning. */
export const REVIEW_JSON_VERSION = 1;

/** What `entente check --json` prints: the report the text shows, as data. */
export interface ReviewDocument {
  version: typeof REVIEW_JSON_VERSION;
  /** What the summary line counts. */
  summary: { articles: number; errors: number; warnings: number };
  /** Every problem in every file, in the order the text lists them. */
  diagnostics: Diagnostic[];
  /** With `--events`, when no file has an error: what became of every date and telling. */
  review?: ReviewReport;
}

/**
 * The `entente check --json` document.
 *
 * @example
 * reviewDocument(1, [{ file: 'a.md', ruleId: 'x', reason: 'r', fatal: false }]).summary
 * //=> { articles: 1, errors: 0, warnings: 1 }
 */
export function reviewDocument(articles: number, diagnostics: readonly Diagnostic[], review?: ReviewReport): ReviewDocument {
  const errors = diagnostics.filter((diagnostic) => diagnostic.fatal).length;
  return {
    version: REVIEW_JSON_VERSION,
    summary: { articles, errors, warnings: diagnostics.length - errors },
    diagnostics: [...diagnostics],
    ...(review === undefined ? {} : { review }),
  };
}
