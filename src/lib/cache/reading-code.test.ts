import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeDigest, moduleClosure, relativeSpecifiers } from './reading-code.ts';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'entente-closure-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

/** Write each file under the test's folder; the closure of `entry` as paths relative to it. */
async function closureOf(entry: string, files: Record<string, string>): Promise<string[]> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(work, path, '..'), { recursive: true });
    await writeFile(join(work, path), text);
  }
  return (await moduleClosure([join(work, entry)])).map(([file]) => relative(work, file));
}

describe('moduleClosure', () => {
  it('follows imports, re-exports, dynamic imports and worker files, across folders', async () => {
    const closure = await closureOf('events/analyse.ts', {
      'events/analyse.ts': "import { a } from './a.ts';\nimport type { T } from '../model.ts';\nexport * from '../dates/index.ts';",
      'events/a.ts': "import './side.ts';\nconst worker = new URL ('./worker.ts', import.meta.url);\nexport const later = () => import(`./late.ts`);",
      'events/side.ts': '',
      'events/worker.ts': "import { analyse } from './analyse.ts';",
      'events/late.ts': '',
      'model.ts': '',
      'dates/index.ts': "export { rule } from './rules/year.ts';",
      'dates/rules/year.ts': "import { format } from 'date-fns/format';",
      'timeline/pages.ts': "import { a } from '../events/a.ts';",
    });
    expect(closure).toStrictEqual(['dates/index.ts', 'dates/rules/year.ts', 'events/a.ts', 'events/analyse.ts', 'events/late.ts', 'events/side.ts', 'events/worker.ts', 'model.ts']);
  });

  it('throws when an entry is not there, so that no digest leaves the reading out', async () => {
    await expect(closureOf('missing.ts', {})).rejects.toThrow(/ENOENT/u);
  });

  it('leaves out a specifier that names no file, such as one in a comment', async () => {
    const closure = await closureOf('a.ts', { 'a.ts': "/** Written `import { b } from './b.ts'`. */\nexport const a = 1;" });
    expect(closure).toStrictEqual(['a.ts']);
  });

  it("covers every rule of the date tagger and none of the pages' layout, in Entente's own reading", async () => {
    const lib = resolve('src/lib');
    const closure = (await moduleClosure(['article/parse.ts', 'events/analyse.ts'].map((entry) => join(lib, entry)))).map(([file]) => relative(lib, file));
    const rules = (await readdir(join(lib, 'dates', 'rules'))).filter((name) => !name.endsWith('.test.ts')).map((name) => join('dates', 'rules', name));
    expect(rules.length).toBeGreaterThan(10);
    expect(closure).toEqual(expect.arrayContaining([...rules, 'events/title.ts', 'article/frontmatter.ts']));
    expect(closure.filter((file) => /^(?:timeline|export|structured-data)\//u.test(file))).toStrictEqual([]);
  });
});

describe('relativeSpecifiers', () => {
  it('ignores packages and node built-ins', () => {
    expect(relativeSpecifiers("import nlp from 'compromise';\nimport { join } from 'node:path';")).toStrictEqual([]);
  });
});

describe('codeDigest', () => {
  const merging = [pathToFileURL(resolve('src/lib/events/merge.ts'))];
  const reading = [pathToFileURL(resolve('src/lib/events/analyse.ts'))];

  it('is one digest for the same modules and salt, another for other modules or another salt', async () => {
    const digest = await codeDigest(merging, '1');
    expect(digest).toMatch(/^[0-9a-f]{64}$/u);
    expect(await codeDigest([...merging], '1')).toBe(digest);
    expect(await codeDigest(merging, '2')).not.toBe(digest);
    expect(await codeDigest(reading, '1')).not.toBe(digest);
  });
});
