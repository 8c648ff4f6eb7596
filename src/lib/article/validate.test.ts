import { describe, expect, it } from 'vitest';
import { validateFrontmatter } from './validate.ts';

const places: Record<string, { line: number; column: number }> = { date: { line: 3, column: 7 }, tag: { line: 5, column: 6 } };
const locate = (path: readonly PropertyKey[]) => places[String(path[0])];

describe('validateFrontmatter', () => {
  it('returns the frontmatter and no diagnostics when the data is valid', () => {
    expect(validateFrontmatter({ title: 'A', date: '2024-10-18' }, 'a.md', locate, 1)).toEqual({
      frontmatter: { title: 'A', date: '2024-10-18', tags: [] },
      diagnostics: [],
    });
  });

  it('returns a fatal diagnostic at the line of the field when its value is wrong', () => {
    const { frontmatter, diagnostics } = validateFrontmatter({ title: 'A', date: '2024-02-30' }, 'a.md', locate, 1);
    expect(frontmatter).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'a.md', line: 3, column: 7, ruleId: 'date-invalid', fatal: true })]);
  });

  it('returns a diagnostic at the opening line when the field is missing', () => {
    const { diagnostics } = validateFrontmatter({ date: '2024-10-18' }, 'a.md', locate, 1);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 1, column: 1, ruleId: 'title-missing' })]);
  });

  it('returns every problem when there are several', () => {
    const { diagnostics } = validateFrontmatter({ title: '', date: 'soon', tags: 'x' }, 'a.md', locate, 1);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['title-empty', 'date-format', 'tags-invalid']);
  });

  it('returns a warning, not an error, when an unknown key looks like a misspelt field', () => {
    const { frontmatter, diagnostics } = validateFrontmatter({ title: 'A', date: '2024-10-18', tag: 'x' }, 'a.md', locate, 1);
    expect(frontmatter).toBeDefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 5, column: 6, ruleId: 'frontmatter-unknown-key', reason: 'Unknown field "tag" is ignored; did you mean "tags"?', fatal: false }),
    ]);
  });

  describe('edge cases', () => {
    it('returns no warning for unknown keys unlike any field', () => {
      expect(validateFrontmatter({ title: 'A', date: '2024-10-18', author: 'B', draft: true }, 'a.md', locate, 1).diagnostics).toEqual([]);
    });
    it('returns no typo warning when the resembling field is also present', () => {
      expect(validateFrontmatter({ title: 'A', date: '2024-10-18', data: 'x' }, 'a.md', locate, 1).diagnostics).toEqual([]);
    });
  });
});
