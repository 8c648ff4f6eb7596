import { describe, expect, it } from 'vitest';
import { locateField, locatePath, splitFrontmatter } from './frontmatter.ts';
import { createLineIndex } from './positions.ts';

function split(text: string) {
  return splitFrontmatter(text, 'a.md', createLineIndex(text));
}

describe('splitFrontmatter', () => {
  it('returns the data, the body and where the body starts', () => {
    const text = '---\ntitle: A\ndate: 2024-10-18\n---\n\nBody.\n';
    expect(split(text)).toEqual({
      frontmatter: { data: { title: 'A', date: '2024-10-18' }, body: '\nBody.\n', bodyOffset: 34, openLine: 1, closeLine: 4 },
      diagnostics: [],
    });
    expect(text.slice(34)).toBe('\nBody.\n');
  });

  it('returns a YAML diagnostic at the line and column in the file when the YAML is malformed', () => {
    expect(split('---\ntitle: A\n  bad: 1\n---\n').diagnostics).toEqual([
      expect.objectContaining({ line: 3, column: 6, ruleId: 'yaml-syntax', reason: 'Malformed YAML in the frontmatter: bad indentation of a mapping entry' }),
    ]);
  });

  it('returns a refusal and runs nothing when the frontmatter is JavaScript', () => {
    const result = split('---js\n{ title: (globalThis.ententeSplitRan = true, "x") }\n---\n');
    expect(result.frontmatter).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ line: 1, column: 4, ruleId: 'frontmatter-javascript' })]);
    expect((globalThis as { ententeSplitRan?: boolean }).ententeSplitRan).toBeUndefined();
  });

  describe('edge cases', () => {
    it.each([
      ['no frontmatter', '# Title\n', 'frontmatter-missing'],
      ['a frontmatter never closed', '---\ntitle: A\n', 'frontmatter-unclosed'],
      ['another language', '---toml\ntitle = "A"\n---\n', 'frontmatter-language'],
      ['JSON frontmatter', '---json\n{"title": "A"}\n---\n', 'frontmatter-language'],
      ['CoffeeScript frontmatter', '---coffee\ntitle: "A"\n---\n', 'frontmatter-javascript'],
      ['a list instead of a mapping', '---\n- a\n- b\n---\n', 'frontmatter-not-mapping'],
    ])('returns a diagnostic when there is %s', (_case, text, ruleId) => {
      expect(split(text).diagnostics.map((d) => d.ruleId)).toEqual([ruleId]);
    });

    it('returns empty data when the frontmatter is empty', () => {
      expect(split('---\n---\nBody').frontmatter).toMatchObject({ data: {}, body: 'Body', bodyOffset: 8 });
    });

    it('returns file lines for YAML errors when lines end with \\r\\n', () => {
      expect(split('---\r\ntitle: A\r\n  bad: 1\r\n---\r\n').diagnostics[0]).toMatchObject({ line: 3 });
    });
  });
});

describe('locateField', () => {
  const text = '---\ntitle: "A"\n"date":   2024-02-30\ntags:\n  - a\n---\ndate: body\n';
  const lines = createLineIndex(text);
  const block = { openLine: 1, closeLine: 6 };

  it('returns the line of the field and the column of its value', () => {
    expect(locateField(lines, block, 'title')).toEqual({ line: 2, column: 8 });
    expect(locateField(lines, block, 'date')).toEqual({ line: 3, column: 11 });
  });

  it('returns the column of the key when the value starts on a later line', () => {
    expect(locateField(lines, block, 'tags')).toEqual({ line: 4, column: 1 });
  });

  it('returns undefined when the field is not in the frontmatter', () => {
    expect(locateField(lines, block, 'url')).toBeUndefined();
  });
});

describe('locatePath', () => {
  const text = [
    '---',
    'tags: [a, "b, c", d]',
    'events:',
    '  - add: { date: 2024-10-19, title: "A, B", actors: [david-lammy], type: meeting }',
    '  - match: "met with"   # words of the sentence',
    '    date: 2024-10-18',
    '  -',
    '    add:',
    '      date: 2024',
    'events_note: x',
    '---',
    '',
  ].join('\n');
  const lines = createLineIndex(text);
  const block = { openLine: 1, closeLine: 11 };

  it('returns where the content of a list item starts, after its "- "', () => {
    expect(locatePath(lines, block, ['events', 1])).toEqual({ line: 5, column: 5 });
  });

  it('returns the value of a key on a later line of an item', () => {
    expect(locatePath(lines, block, ['events', 1, 'date'])).toEqual({ line: 6, column: 11 });
  });

  it('returns the value of a key inside a one-line mapping, past quoted commas', () => {
    expect(locatePath(lines, block, ['events', 0, 'add', 'actors'])).toEqual({ line: 4, column: 53 });
    expect(locatePath(lines, block, ['events', 0, 'add', 'actors', 0])).toEqual({ line: 4, column: 54 });
  });

  it('returns an item of a one-line list', () => {
    expect(locatePath(lines, block, ['tags', 2])).toEqual({ line: 2, column: 19 });
  });

  it('returns the value of a nested mapping written one key a line', () => {
    expect(locatePath(lines, block, ['events', 2, 'add', 'date'])).toEqual({ line: 9, column: 13 });
  });

  describe('edge cases', () => {
    it('returns the item when the key it lacks is asked for', () => {
      expect(locatePath(lines, block, ['events', 1, 'title'])).toEqual({ line: 5, column: 5 });
    });

    it('returns the list when the item is past its end', () => {
      expect(locatePath(lines, block, ['events', 9])).toEqual({ line: 3, column: 1 });
    });

    it('returns undefined when the field is not in the frontmatter', () => {
      expect(locatePath(lines, block, ['url'])).toBeUndefined();
    });
  });
});
