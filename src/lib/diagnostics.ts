/**
 * Positioned messages about content, shaped like vfile-message: where (`file:line:column`), what
 * (`reason`), which rule (`ruleId`) and whether it stops the build (`fatal`).
 *
 * Problems are collected, never thrown one at a time, so that an editor sees every bad article in
 * one run; `EntenteContentError` carries the whole list when the build must stop.
 */

/** One problem found in one file. Lines and columns are 1-based; columns count UTF-16 code units. */
export interface Diagnostic {
  /** Path of the file as the user would type it (relative to the working directory when possible). */
  file: string;
  line?: number;
  column?: number;
  /** Stable, kebab-case id of the check that failed, e.g. `date-invalid`. */
  ruleId: string;
  /** Frontmatter field concerned, e.g. `date` or `tags[1]`. */
  field?: string;
  /** A sentence that says what is wrong and, in words, what was expected. */
  reason: string;
  /** What the field should be, for machines and hints (already said in words in `reason`). */
  expected?: string;
  /** What the file contains instead, as it should be shown (strings quoted). */
  found?: string;
  /** How to fix it, when there is something useful to say. */
  hint?: string;
  /** `true`: an error that must stop the build; `false`: a warning. */
  fatal: boolean;
}

/**
 * Format a diagnostic as one line, `file:line:column` first so that editors and terminals can jump
 * to it, then a hint on an indented second line when there is one.
 *
 * @example
 * formatDiagnostic({
 *   file: 'content/articles/x.md', line: 3, column: 7, ruleId: 'date-invalid', field: 'date',
 *   reason: '"date" must be a real calendar date (YYYY-MM-DD)', found: '"2024-02-30"', fatal: true,
 * })
 * //=> 'content/articles/x.md:3:7  error  "date" must be a real calendar date (YYYY-MM-DD); found "2024-02-30"  [date-invalid]'
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column, reason, found, ruleId, hint, fatal } = diagnostic;
  let place = file;
  if (line !== undefined) place += `:${line}` + (column !== undefined ? `:${column}` : '');
  const message = found === undefined ? reason : `${reason}; found ${found}`;
  const first = `${place}  ${fatal ? 'error' : 'warning'}  ${message}  [${ruleId}]`;
  return hint === undefined ? first : `${first}\n    hint: ${hint}`;
}

/**
 * Order diagnostics by file, then line, then column (positionless ones first in their file), so
 * that output is stable whatever order the checks ran in.
 *
 * @example
 * [{ file: 'b.md', line: 1 }, { file: 'a.md', line: 9 }, { file: 'a.md', line: 2 }].sort(compareDiagnostics)
 * //=> [{ file: 'a.md', line: 2 }, { file: 'a.md', line: 9 }, { file: 'b.md', line: 1 }]
 */
export function compareDiagnostics(
  a: Pick<Diagnostic, 'file' | 'line' | 'column'>,
  b: Pick<Diagnostic, 'file' | 'line' | 'column'>,
): number {
  // Code-unit comparison, not localeCompare: the order must not depend on the machine's locale.
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** Whether any of the diagnostics must stop the build. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.fatal);
}

/**
 * The error that stops a build because of bad content. Its message lists every error (warnings
 * are left out of the message but kept in `diagnostics`), so a build log shows them all at once
 * instead of a stack trace.
 *
 * @example
 * new EntenteContentError([
 *   { file: 'a.md', line: 1, column: 1, ruleId: 'title-missing', reason: '"title" is required (a non-empty string)', fatal: true },
 *   { file: 'b.md', line: 3, column: 7, ruleId: 'date-invalid', reason: '"date" must be a real calendar date (YYYY-MM-DD)', found: '"2024-02-30"', fatal: true },
 * ]).message
 * //=> '2 content errors:\n' +
 * //   'a.md:1:1  error  "title" is required (a non-empty string)  [title-missing]\n' +
 * //   'b.md:3:7  error  "date" must be …; found "2024-02-30"  [date-invalid]'
 */
export class EntenteContentError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((diagnostic) => diagnostic.fatal);
    const listed = errors.length > 0 ? errors : diagnostics;
    const count = `${errors.length} content error${errors.length === 1 ? '' : 's'}`;
    super(`${count}:\n${listed.map((diagnostic) => formatDiagnostic(diagnostic)).join('\n')}`);
    this.name = 'EntenteContentError';
    this.diagnostics = diagnostics;
  }
}

/**
 * Throw an `EntenteContentError` listing every error if there is at least one; warnings alone
 * do not throw. Astro's `logger.error` does not fail a build, so the loader must throw.
 *
 * @example
 * // Only a warning: nothing is thrown.
 * throwIfErrors([{ file: 'a.md', ruleId: 'x', reason: 'r', fatal: false }]) //=> undefined
 */
export function throwIfErrors(diagnostics: readonly Diagnostic[]): void {
  if (hasErrors(diagnostics)) throw new EntenteContentError(diagnostics);
}
