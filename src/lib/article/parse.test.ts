import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostics.ts';
import { parseArticle } from './parse.ts';

const root = new URL('../../../', import.meta.url);
const SEED = 'content/articles/lammy-beijing-visit.md';

/** Parse a repository file by its path relative to the repository root. */
function parseFile(path: string) {
  return parseArticle(readFileSync(new URL(path, root)), path);
}

/** Parse a bad fixture and return its diagnostics as formatted lines. */
function problems(name: string): string[] {
  const result = parseFile(`tests/fixtures/bad-articles/${name}`);
  expect(result.article).toBeUndefined();
  return result.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic).split('\n')[0]!);
}

describe('parseArticle', () => {
  describe('the seed article', () => {
    const { article, diagnostics } = parseFile(SEED);

    it('returns its frontmatter with the date as written', () => {
      expect(diagnostics).toEqual([]);
      expect(article).toMatchObject({
        id: 'lammy-beijing-visit',
        path: SEED,
        title: 'Lammy urges ‘constructive’ talks with China on Beijing visit',
        date: '2024-10-18',
        source: 'AFP',
        tags: ['united-kingdom', 'china', 'hong-kong', 'diplomacy'],
        bodyLine: 7,
      });
      expect(article).not.toHaveProperty('url');
    });

    it('returns its two level-2 headings at their lines', () => {
      const headings = article!.blocks.filter((block) => block.kind === 'heading');
      expect(headings.map(({ depth, text, position }) => [depth, text, position.line, position.column])).toEqual([
        [2, '‘Golden era’ no more', 32, 1],
        [2, 'Hong Kong hangover', 46, 1],
      ]);
    });

    it('returns sentences with the line and column where they start in the file', () => {
      const lines = readFileSync(new URL(SEED, root), 'utf8').split('\n');
      const onFriday = article!.sentences.find((sentence) => sentence.text.startsWith('On Friday afternoon'));
      expect(onFriday).toMatchObject({ line: 12, column: 1, start: 0 });
      expect(lines[11]!.startsWith('On Friday afternoon')).toBe(true);
      for (const sentence of article!.sentences) {
        // Every paragraph of the seed is one line, so each sentence's text is at its position.
        expect(lines[sentence.line - 1]!.slice(sentence.column - 1)).toContain(sentence.text);
      }
      expect(article!.sentences).toHaveLength(24);
    });
  });

  describe('bad articles', () => {
    it('returns the field, line and expected form when the date is not a real calendar date', () => {
      expect(problems('date-not-a-calendar-date.md')).toEqual([
        'tests/fixtures/bad-articles/date-not-a-calendar-date.md:3:7  error  "date" must be a real calendar date (YYYY-MM-DD); found "2024-02-30"  [date-invalid]',
      ]);
    });

    it('returns a format error when the date is written in words', () => {
      expect(problems('date-wrong-format.md')).toEqual([
        'tests/fixtures/bad-articles/date-wrong-format.md:3:7  error  "date" must be written YYYY-MM-DD; found "18 October 2024"  [date-format]',
      ]);
    });

    it('returns an error at the opening line when the title is missing', () => {
      expect(problems('missing-title.md')).toEqual([
        'tests/fixtures/bad-articles/missing-title.md:1:1  error  "title" is required (a non-empty string)  [title-missing]',
      ]);
    });

    it('returns the line and column in the file when the YAML is malformed', () => {
      expect(problems('broken-yaml.md')).toEqual([
        'tests/fixtures/bad-articles/broken-yaml.md:2:13  error  Malformed YAML in the frontmatter: incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line  [yaml-syntax]',
      ]);
    });

    it('returns a refusal and never runs the code when the frontmatter is JavaScript', () => {
      expect(problems('js-frontmatter.md')).toEqual([
        'tests/fixtures/bad-articles/js-frontmatter.md:1:4  error  JavaScript frontmatter is not allowed (it would run code during the build); found "---js"  [frontmatter-javascript]',
      ]);
      expect((globalThis as { ententeFrontmatterRan?: boolean }).ententeFrontmatterRan).toBeUndefined();
    });

    it('returns the byte offset and position when the file is not UTF-8', () => {
      expect(problems('invalid-utf8.md')).toEqual([
        'tests/fixtures/bad-articles/invalid-utf8.md:2:12  error  The file is not valid UTF-8 (first bad byte at offset 15)  [encoding-invalid]',
      ]);
    });

    it('returns every field error of a file, each at its line', () => {
      expect(problems('several-field-errors.md')).toEqual([
        'tests/fixtures/bad-articles/several-field-errors.md:2:8  error  "title" must not be empty; found ""  [title-empty]',
        'tests/fixtures/bad-articles/several-field-errors.md:4:6  error  "url" must be an absolute http(s) URL; found "javascript:alert(1)"  [url-invalid]',
        'tests/fixtures/bad-articles/several-field-errors.md:5:7  error  "tags" must be a list of non-empty strings; found "china"  [tags-invalid]',
      ]);
    });

    it.each([
      ['no-frontmatter.md', 'frontmatter-missing'],
      ['unclosed-frontmatter.md', 'frontmatter-unclosed'],
    ])('returns an error for %s', (name, ruleId) => {
      expect(problems(name)).toEqual([expect.stringContaining(`[${ruleId}]`)]);
    });
  });

  describe('corrections of its events (`events:`)', () => {
    /** Parse an article of tests/fixtures/overrides and return its diagnostics as formatted lines. */
    const overrideProblems = (name: string) =>
      parseFile(`tests/fixtures/overrides/articles/${name}.md`).diagnostics.map((diagnostic) => formatDiagnostic(diagnostic).split('\n')[0]!);

    it('returns each item with where it and its keys are written', () => {
      const { article } = parseFile('tests/fixtures/overrides/articles/correct-by-words.md');
      expect(article?.eventOverrides).toEqual([
        {
          override: { match: 'met with Chinese Vice Premier', date: '2024-10-17', title: 'Lammy meets Vice Premier Ding Xuexiang' },
          place: { line: 6, column: 5 },
          places: { match: { line: 6, column: 12 }, date: { line: 7, column: 11 }, title: { line: 8, column: 12 } },
        },
      ]);
    });

    it('returns an error at the date of the item when it is no calendar date', () => {
      expect(overrideProblems('invalid-date')).toEqual([
        'tests/fixtures/overrides/articles/invalid-date.md:7:11  error  "events[0].date" must be a date as a TIMEX3 value: 1997, 2020-06, 2020-06-30, 2015-Q4 or 199X; found "2024-02-30"  [events-date-invalid]',
      ]);
    });

    it('returns an error at the end of an added event when it is before its date', () => {
      expect(overrideProblems('end-before-start')).toEqual([
        'tests/fixtures/overrides/articles/end-before-start.md:8:12  error  "end" must not be before "date"; found "2024-10-01"  [events-end-before-date]',
      ]);
    });

    it('returns an error at a misspelt key of an item, inside a one-line mapping too', () => {
      const text = '---\ntitle: A\ndate: 2024-10-18\nevents:\n  - match: x\n    titel: T\n  - add: { date: 2024, titel: T, actors: [], type: visit }\n---\nText.';
      const lines = parseArticle(new TextEncoder().encode(text), 'a.md').diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId}`);
      expect(lines).toEqual(['5:12 events-match-without-change', '6:12 events-unknown-key', '7:10 events-title-missing', '7:31 events-add-unknown-key']);
    });
  });

  describe('edge cases', () => {
    it('returns year 0001 as written, not 1901', () => {
      expect(parseFile('tests/fixtures/articles/year-0001.md').article?.date).toBe('0001-01-01');
    });

    it('returns the article with a warning when an unknown key looks like a misspelt field', () => {
      const { article, diagnostics } = parseFile('tests/fixtures/articles/unknown-keys.md');
      expect(article).not.toHaveProperty('notes');
      expect(article?.tags).toEqual([]);
      expect(diagnostics.map((d) => [d.line, d.ruleId, d.fatal])).toEqual([[5, 'frontmatter-unknown-key', false]]);
    });

    it('returns positions that ignore a byte-order mark and \\r\\n line endings', () => {
      const text = '\uFEFF---\r\ntitle: A\r\ndate: 2024-10-18\r\n---\r\n\r\nFirst one. Second\r\none.\r\n';
      const { article } = parseArticle(new TextEncoder().encode(text), 'crlf.md');
      expect(article?.sentences.map(({ text: sentence, line, column }) => [sentence, line, column])).toEqual([
        ['First one.', 6, 1],
        ['Second one.', 6, 12],
      ]);
    });

    it('returns the id from the file name unless one is given', () => {
      const bytes = new TextEncoder().encode('---\ntitle: A\ndate: 2024-10-18\n---\nText.');
      expect(parseArticle(bytes, 'dir/My Article.md').article?.id).toBe('my-article');
      expect(parseArticle(bytes, 'dir/My Article.md', { id: 'dir/my-article' }).article?.id).toBe('dir/my-article');
    });

    it('returns the article with a warning when the body is empty', () => {
      const { article, diagnostics } = parseArticle(new TextEncoder().encode('---\ntitle: A\ndate: 2024-10-18\n---\n'), 'a.md');
      expect(article?.blocks).toEqual([]);
      expect(diagnostics.map((d) => [d.ruleId, d.fatal])).toEqual([['body-empty', false]]);
    });

    it('returns a title that looks like a date as the string written', () => {
      const { article } = parseArticle(new TextEncoder().encode('---\ntitle: 2024-10-18\ndate: 2024-10-18\n---\nx'), 'a.md');
      expect(article?.title).toBe('2024-10-18');
    });
  });
});
