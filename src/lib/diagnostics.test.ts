import { describe, expect, it } from 'vitest';
import {
  compareDiagnostics,
  EntenteContentError,
  formatDiagnostic,
  hasErrors,
  throwIfErrors,
  type Diagnostic,
} from './diagnostics.ts';

const dateError: Diagnostic = {
  file: 'content/articles/x.md',
  line: 3,
  column: 7,
  ruleId: 'date-invalid',
  field: 'date',
  reason: '"date" must be a real calendar date (YYYY-MM-DD)',
  found: '"2024-02-30"',
  fatal: true,
};
const warning: Diagnostic = { file: 'a.md', ruleId: 'body-empty', reason: 'No text', fatal: false };

describe('formatDiagnostic', () => {
  it('returns file:line:column, severity, reason, found and rule when all are known', () => {
    expect(formatDiagnostic(dateError)).toBe(
      'content/articles/x.md:3:7  error  "date" must be a real calendar date (YYYY-MM-DD); found "2024-02-30"  [date-invalid]',
    );
  });

  it('returns the file alone and "warning" when there is no position and the problem is not fatal', () => {
    expect(formatDiagnostic(warning)).toBe('a.md  warning  No text  [body-empty]');
  });

  it('returns the hint on an indented second line when there is one', () => {
    expect(formatDiagnostic({ ...warning, line: 2, hint: 'Write something' })).toBe(
      'a.md:2  warning  No text  [body-empty]\n    hint: Write something',
    );
  });
});

describe('compareDiagnostics', () => {
  it('returns an order by file, then line, then column', () => {
    const sorted = [
      { file: 'b.md', line: 1, column: 1 },
      { file: 'a.md', line: 9, column: 1 },
      { file: 'a.md', line: 2, column: 5 },
      { file: 'a.md', line: 2, column: 1 },
      { file: 'a.md' },
    ].sort(compareDiagnostics);
    expect(sorted.map((d) => `${d.file}:${d.line ?? ''}:${d.column ?? ''}`)).toEqual([
      'a.md::',
      'a.md:2:1',
      'a.md:2:5',
      'a.md:9:1',
      'b.md:1:1',
    ]);
  });
});

describe('hasErrors', () => {
  it('returns false when there are only warnings', () => {
    expect(hasErrors([warning])).toBe(false);
  });
  it('returns true when one diagnostic is fatal', () => {
    expect(hasErrors([warning, dateError])).toBe(true);
  });
});

describe('EntenteContentError', () => {
  it('lists every error in its message and keeps all diagnostics', () => {
    const other = { ...dateError, file: 'content/articles/y.md', line: 1, column: 1, ruleId: 'title-missing', reason: 'No title' };
    const error = new EntenteContentError([dateError, warning, other]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('EntenteContentError');
    expect(error.diagnostics).toHaveLength(3);
    expect(error.message).toBe(
      [
        '2 content errors:',
        formatDiagnostic(dateError),
        'content/articles/y.md:1:1  error  No title; found "2024-02-30"  [title-missing]',
      ].join('\n'),
    );
  });

  it('returns a singular count when there is one error', () => {
    expect(new EntenteContentError([dateError]).message.split('\n')[0]).toBe('1 content error:');
  });
});

describe('throwIfErrors', () => {
  it('returns nothing when there are only warnings', () => {
    expect(() => throwIfErrors([warning])).not.toThrow();
  });
  it('throws an EntenteContentError when there is an error', () => {
    expect(() => throwIfErrors([dateError])).toThrow(EntenteContentError);
  });
});
