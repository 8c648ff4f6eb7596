/**
 * Properties of article parsing over generated files (fast-check, 10,000 files each): whatever the
 * bytes, parseArticle returns an article, or diagnostics that say where the file went wrong, and
 * never throws. A failure prints fast-check's seed and path; FC_SEED=<seed> runs the same files again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/lib/index.ts';
import { parseArticle } from '../../src/lib/index.ts';

const RUNS: fc.Parameters<unknown> = { numRuns: 10_000, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) };
/** Ten thousand files take seconds; a busy machine may take many times as long. */
const TIMEOUT = 300_000;
const PATH = 'content/articles/generated.md';

/** An article, or at least one fatal diagnostic; every diagnostic names the file, its rule and a reason, and a place inside the file. */
function expectArticleOrPositionedDiagnostics(bytes: Uint8Array, result: ReturnType<typeof parseArticle>): void {
  const fatal = result.diagnostics.filter((diagnostic) => diagnostic.fatal);
  expect(result.article === undefined ? fatal.length > 0 : fatal.length === 0).toBe(true);
  // A line past the end of the file would point nowhere; the file may lack its last newline.
  const lines = new TextDecoder().decode(bytes).split(/\r\n|\r|\n/u).length + 1;
  for (const diagnostic of result.diagnostics) expectPositioned(diagnostic, lines);
}

function expectPositioned(diagnostic: Diagnostic, lines: number): void {
  expect(diagnostic.file).toBe(PATH);
  expect(diagnostic.ruleId).toMatch(/^[a-z]+(?:-[a-z]+)*$/u);
  expect(diagnostic.reason.length).toBeGreaterThan(0);
  expect(diagnostic.line).toBeGreaterThanOrEqual(1);
  expect(diagnostic.line).toBeLessThanOrEqual(lines);
  expect(diagnostic.column).toBeGreaterThanOrEqual(1);
}

/** What a frontmatter field may hold when an editor types it, well or badly. */
const fieldValue = fc.oneof(
  fc.constantFrom(
    '"Lammy urges talks"', 'Talks in Beijing', '2024-10-18', '2024-02-30', '2024-10-18T09:30:00Z', '18 October 2024', '1997',
    'AFP', 'https://example.org/news', 'javascript:alert(1)', '[united-kingdom, china]', '[]', '[a, [b]]', '{a: 1}', '~', 'null',
    'yes', '0x1F', '.inf', '"unterminated', "'single'", '|', '>', '&anchor x', '*anchor', '!!binary aGVsbG8=', '- item', '\t',
    'news', 'reference', 'speech', 'statement', 'poem',
  ),
  fc.string({ maxLength: 12 }),
);

const field = fc.tuple(
  fc.constantFrom('title', 'date', 'source', 'url', 'tags', 'genre', 'speaker', 'author', 'unknown', 'Title', ' title', 'date:', ''),
  fc.constantFrom(': ', ':', ' : ', ': \n  ', '='),
  fieldValue,
).map(([key, colon, value]) => `${key}${colon}${value}`);

const bodyLine = fc.oneof(
  fc.constantFrom(
    'Lammy met Wang on Friday.', '## A subhead', '#', '- a list item', '> a quote', '```', '| a | b |', '---', '***', '<b>markup</b>',
    '[a link](https://example.org)', 'Published 18 October 2024', '', '   ',
  ),
  fc.string({ maxLength: 20 }),
);

/** Files shaped like articles: fences (or a missing or misspelt one), fields, a body, any line ends. */
const articleShaped = fc
  .tuple(
    fc.constantFrom('---\n', '---\r\n', '--- \n', '', '\uFEFF---\n', '----\n'),
    fc.array(field, { maxLength: 6 }),
    fc.constantFrom('---\n', '---\r\n', '', '---', '...\n'),
    fc.array(bodyLine, { maxLength: 6 }),
    fc.constantFrom('\n', '\r\n', '\n\n'),
  )
  .map(([open, fields, close, body, newline]) => `${open}${fields.join(newline)}${fields.length > 0 ? '\n' : ''}${close}${body.join(newline)}`);

describe('parseArticle', () => {
  it(
    'returns an article or positioned diagnostics, and never throws, for any bytes',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
          expectArticleOrPositionedDiagnostics(bytes, parseArticle(bytes, PATH));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'returns an article or positioned diagnostics, and never throws, for any file shaped like an article',
    () => {
      fc.assert(
        fc.property(articleShaped, (text) => {
          const bytes = new TextEncoder().encode(text);
          expectArticleOrPositionedDiagnostics(bytes, parseArticle(bytes, PATH));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
