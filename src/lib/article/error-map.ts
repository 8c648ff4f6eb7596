/**
 * zod issues → readable diagnostics for authors, in one place (as Starlight's `error-map.ts`
 * does): the field, what it must be, what was found, and a hint when one helps.
 */
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics.ts';
import { FIELD_EXPECTATIONS } from './schema.ts';

/** A diagnostic without its place; the caller knows where the field is written. */
export type IssueMessage = Pick<Diagnostic, 'ruleId' | 'field' | 'reason' | 'expected' | 'found' | 'hint'>;

/**
 * Describe a value as found in the file: strings quoted, other scalars named by type.
 *
 * @example
 * describeValue(2024) //=> '2024 (a number)'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return `${value} (a number)`;
  if (typeof value === 'boolean') return `${value} (a boolean)`;
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function fieldLabel(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

/**
 * Where a nested field sits, as expectations name it: `['events', 0, 'add', 'date']` is
 * `events.add.date`; `ofItem` when the path ends in a list index (`tags[1]`, `events[0]`).
 */
function nestedField(path: readonly PropertyKey[]): { key: string; lastKey: string; ofItem: boolean } {
  const keys = path.filter((part) => typeof part === 'string');
  return { key: keys.join('.'), lastKey: keys.at(-1) ?? '', ofItem: typeof path.at(-1) === 'number' };
}

/**
 * Turn one zod issue about frontmatter into a message. Issues must come from a parse with
 * `reportInput: true`, so that `found` can show the value.
 *
 * @example
 * issueMessage({ code: 'custom', path: ['date'], input: '2024-02-30', params: { ruleId: 'date-invalid' }, message: '' })
 * //=> { ruleId: 'date-invalid', field: 'date', reason: '"date" must be a real calendar date (YYYY-MM-DD)',
 * //     expected: 'a real calendar date written YYYY-MM-DD', found: '"2024-02-30"' }
 */
export function issueMessage(
  issue: z.core.$ZodIssue,
  expectations: Readonly<Record<string, string>> = FIELD_EXPECTATIONS,
): IssueMessage {
  const topField = String(issue.path[0] ?? '');
  const field = fieldLabel(issue.path);
  const isItem = issue.path.length > 1;
  const { key: nestedKey, lastKey, ofItem } = nestedField(issue.path);
  // A nested field names its rule after itself ("events-date-invalid"); an item of a list of
  // strings ("tags[1]") after its list.
  const ruleBase = lastKey === topField ? topField : `${topField}-${lastKey.replaceAll('_', '-')}`;
  const expected = expectations[ofItem ? `${nestedKey}[]` : nestedKey] ?? (isItem ? 'a non-empty string' : 'a valid value');
  const input = 'input' in issue ? issue.input : undefined;
  // Only an article's `date` is a publication day; other files' dates are TIMEX3 values.
  const isPublicationDate = topField === 'date' && expectations === FIELD_EXPECTATIONS;

  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => JSON.stringify(key)).join(', ');
    return {
      ruleId: `${ruleBase}-unknown-key`,
      field,
      reason: `"${field}" has ${issue.keys.length === 1 ? 'an unknown key' : 'unknown keys'} ${keys}`,
      expected,
      hint: 'Check the spelling against the README (“Correct what Entente reads”)',
    };
  }

  if (issue.code === 'invalid_type' && input === undefined) {
    return {
      ruleId: `${ruleBase}-missing`,
      field,
      reason: `"${field}" is required (${expected})`,
      expected,
      ...(isPublicationDate ? { hint: 'Add the publication date, e.g. date: 2024-10-18' } : {}),
    };
  }

  // A check across fields ("end" before "start") says its own reason and sees the whole mapping.
  const crossField = issue.code === 'custom' ? (issue.params as { ruleId?: string; reason?: string; hint?: string } | undefined) : undefined;
  if (crossField?.reason !== undefined && typeof input === 'object' && input !== null) {
    const value = (input as Record<string, unknown>)[lastKey];
    return {
      ruleId: crossField.ruleId ?? `${ruleBase}-invalid`,
      field,
      reason: crossField.reason,
      expected,
      ...(value === undefined ? {} : { found: describeValue(value) }),
      ...(crossField.hint === undefined ? {} : { hint: crossField.hint }),
    };
  }
  const found = describeValue(input);
  if (isPublicationDate) {
    if (issue.code === 'custom') {
      return { ruleId: 'date-invalid', field, reason: '"date" must be a real calendar date (YYYY-MM-DD)', expected, found };
    }
    return {
      ruleId: 'date-format',
      field,
      reason: '"date" must be written YYYY-MM-DD',
      expected,
      found,
      ...(typeof input === 'string' ? {} : { hint: 'Write the date as year-month-day, e.g. date: 2024-10-18' }),
    };
  }

  if (issue.code === 'too_small') {
    return { ruleId: `${ruleBase}-empty`, field, reason: `"${field}" must not be empty`, expected, found };
  }

  const hints: Record<string, string | undefined> = {
    title: typeof input === 'number' || typeof input === 'boolean' ? `Quote it: title: "${String(input)}"` : undefined,
    tags: typeof input === 'string' ? `Write a list: tags: [${input}]` : undefined,
    url: 'Give the full address, starting with https://',
  };
  const hint = isItem ? undefined : hints[topField];
  return {
    ruleId: `${ruleBase}-invalid`,
    field,
    reason: `"${field}" must be ${expected}`,
    expected,
    found,
    ...(hint === undefined ? {} : { hint }),
  };
}
