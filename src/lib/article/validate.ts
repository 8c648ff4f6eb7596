/**
 * Check frontmatter data against the schema and place each problem on the line of its field.
 */
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics.ts';
import { issueMessage } from './error-map.ts';
import { FIELD_EXPECTATIONS, frontmatterSchema, type Frontmatter } from './schema.ts';

/** A kind of frontmatter file: its schema and, for messages, what each field must be in words. */
export interface FrontmatterSpec<Schema extends z.ZodObject> {
  schema: Schema;
  expectations: Readonly<Record<string, string>>;
}

/** Articles' frontmatter. */
export const ARTICLE_FRONTMATTER: FrontmatterSpec<typeof frontmatterSchema> = {
  schema: frontmatterSchema,
  expectations: FIELD_EXPECTATIONS,
};

/** Where a field is written, by its path (`['date']`, `['events', 1, 'end']`); undefined when it is absent from the file. */
export type FieldLocator = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;

/**
 * Validate frontmatter data. Each diagnostic points at its field's value, or at the opening
 * `---` line when the field is missing. Unknown keys are ignored, except that one resembling a
 * missing known field ("tag", "Title") gets a warning.
 *
 * @example
 * validateFrontmatter({ title: 'A', date: '2024-02-30' }, 'a.md', () => ({ line: 3, column: 7 }), 1).diagnostics[0].ruleId
 * //=> 'date-invalid'
 */
export function validateFrontmatter(
  data: Record<string, unknown>,
  file: string,
  locate: FieldLocator,
  openLine: number,
): { frontmatter?: Frontmatter; diagnostics: Diagnostic[] } {
  return validateAgainst(ARTICLE_FRONTMATTER, data, file, locate, openLine);
}

/**
 * Validate frontmatter data against any kind of frontmatter file (articles, actors, known events,
 * eras), with the same positioned messages and typo warnings.
 *
 * @example
 * validateAgainst(ARTICLE_FRONTMATTER, { date: '2024-10-18' }, 'a.md', () => undefined, 1).diagnostics[0].ruleId
 * //=> 'title-missing'
 */
export function validateAgainst<Schema extends z.ZodObject>(
  spec: FrontmatterSpec<Schema>,
  data: Record<string, unknown>,
  file: string,
  locate: FieldLocator,
  openLine: number,
): { frontmatter?: z.infer<Schema>; diagnostics: Diagnostic[] } {
  const fields = Object.keys(spec.schema.shape);
  const diagnostics: Diagnostic[] = [];
  const result = spec.schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      // An unknown key inside a list item is placed on the key itself.
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path;
      const place = locate(path) ?? { line: openLine, column: 1 };
      diagnostics.push({ file, ...place, ...issueMessage(issue, spec.expectations), fatal: true });
    }
  }
  for (const key of Object.keys(data)) {
    if (fields.includes(key)) continue;
    const known = fields.find(
      (field) => !(field in data) && editDistance(key.toLowerCase(), field) <= (field.length > 4 ? 2 : 1),
    );
    if (known === undefined) continue;
    diagnostics.push({
      file,
      ...(locate([key]) ?? { line: openLine, column: 1 }),
      ruleId: 'frontmatter-unknown-key',
      field: key,
      reason: `Unknown field "${key}" is ignored; did you mean "${known}"?`,
      fatal: false,
    });
  }
  return result.success ? { frontmatter: result.data, diagnostics } : { diagnostics };
}

/** Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}
