/**
 * Every JSDoc `@example` in src/ (but the Astro layer's pages and components), bench/ and scripts/
 * is run and must return what it shows, so the docs cannot drift from the code. Outside the library,
 * the command line and the integrations, only the files with an example are imported: a script
 * imported runs as it would from the command line. The runner itself is in ./_lib/jsdoc-examples.ts.
 */
import { globSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectExamples, parseExpected, runExample, shownPart } from './_lib/jsdoc-examples.ts';

const notTest = (file: string): boolean => !file.endsWith('.test.ts');
const files = [
  ...globSync('src/{lib,cli,integrations}/**/*.ts').filter(notTest),
  ...globSync('{src/{layouts,loaders},bench,scripts}/**/*.ts').filter((file) => notTest(file) && readFileSync(file, 'utf8').includes('@example')),
].sort();

const modules = new Map<string, Record<string, unknown>>(
  await Promise.all(files.map(async (file) => [file, await import(/* @vite-ignore */ pathToFileURL(resolve(file)).href)] as const)),
);
// Besides the module's own exports (which win a clash of names), every other export of src, so that
// an example can build a realistic input (an article, an event) in a line, as a reader would.
const everything: Record<string, unknown> = Object.assign({}, ...modules.values());

async function check(code: string, expected: string, module: Record<string, unknown>): Promise<void> {
  if (expected === '') throw new Error('This @example has no `//=>` expectation: add one, or make it prose');
  const actual = await runExample(code, { ...everything, ...module });
  const wanted = parseExpected(expected);
  expect(shownPart(actual, wanted)).toEqual(wanted);
}

// Some examples read the whole content folder: the first to do so also loads the language model.
// Under Vitest's default 5 s, one such example failed at 9.6 s on a loaded 2-core machine; the
// limit is for a hang, not a measure of speed.
describe('JSDoc examples', { timeout: 120_000 }, () => {
  for (const file of files) {
    for (const example of collectExamples(readFileSync(file, 'utf8'))) {
      it(`${file}:${example.line} ${example.name}`, () => check(example.code, example.expected, modules.get(file) ?? {}));
    }
  }
});

describe('the example runner', () => {
  const module = { double: (n: number) => 2 * n, later: async (n: number) => n };

  it('fails an example whose expectation is wrong', async () => {
    await expect(check('double(2)', '5', module)).rejects.toThrow();
  });

  it('reads `…` as the part not shown: a string’s rest, a value, further items and keys', async () => {
    await check("'Lammy met Wang'", "'Lammy …'", module);
    await check('({ a: 1, b: [1, 2, 3], c: 3 })', '{ a: …, b: [1, …], … }', module);
    await expect(check('[1, 2]', '[1, 2, 3, …]', module)).rejects.toThrow();
    await expect(check('({ a: 1, b: 2 })', '{ a: 1 }', module)).rejects.toThrow();
  });

  it('runs code before the expression and continued expectations, and awaits only when told', async () => {
    const [first, second] = collectExamples('/**\n * @example\n * const n = 2\n * Array.of(double(n)) //=> [\n * //    4]\n * n //=> 2\n */\nfunction f() {}');
    expect(first).toMatchObject({ line: 3, name: 'f', expected: '[\n4]' });
    await check(first!.code, first!.expected, module);
    await check(second!.code, second!.expected, module);
    await check('await later(1)', '1', module);
    await expect(check('later(1)', '1', module)).rejects.toThrow();
  });
});
