import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { checkedFragments, deleteUnusedIndexFiles, INDEX_RECORD_FILE, INDEX_FOLDER, PARTS_FILE, PARTS_FOLDER, readSearchedPages, searchIndex, searchedPages, splitIntoParts } from './search-index.ts';
import type { CheckedFragment } from './search-index.ts';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'entente-index-'));
});
afterAll(async () => {
  await pagefind.close();
  rmSync(work, { recursive: true, force: true });
});

/** A site of event pages, one per text. */
function site(name: string, texts: string[]): string {
  const dir = join(work, name);
  texts.forEach((text, at) => {
    mkdirSync(join(dir, 'events', String(at)), { recursive: true });
    writeFileSync(join(dir, 'events', String(at), 'index.html'), `<!doctype html><html lang="en"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1><p>${text} met in Beijing.</p></main></body></html>`);
  });
  return dir;
}

/** The searched pages of the build in `dir`, as the build lists them. */
const builtPages = (dir: string): string[] => searchedPages(dir).map((page) => page.path);

/** Index `pages` of `dir` (all its searched pages unless given) into `outputPath`, with Pagefind's own reading of the folder. */
async function index(dir: string, outputPath: string, pages = builtPages(dir)): Promise<void> {
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: dir, glob: pages.length === 1 ? pages[0]! : `{${pages.join(',')}}` });
  await index!.writeFiles({ outputPath });
}

/** The build's search step, as Astro runs it at the end of a build of `dir`, with its cache folder `cacheDir` if given; what it says. */
async function buildDone(dir: string, cacheDir?: string): Promise<string[]> {
  const { hooks } = searchIndex();
  if (cacheDir !== undefined) (hooks['astro:config:done'] as (params: unknown) => void)({ config: { cacheDir: pathToFileURL(`${cacheDir}/`) } });
  const said: string[] = [];
  const logger = { info: (message: string) => said.push(message), warn: (message: string) => said.push(message) };
  await (hooks['astro:build:done'] as (params: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger });
  return said;
}

/** Expect the index in `dir` to be, byte for byte, the one Pagefind writes for its pages into an empty folder (and the list of other parts: none). */
async function expectFreshIndex(dir: string): Promise<void> {
  const fresh = `${dir}-fresh`;
  await index(dir, fresh);
  const { [`/${PARTS_FILE}`]: parts, ...written } = contents(join(dir, INDEX_FOLDER));
  expect(written).toEqual(contents(fresh));
  expect(Buffer.from(parts!, 'base64').toString()).toBe('[]\n');
}

/** Every file under `dir` with its bytes, to compare two folders. */
function contents(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (file.isFile()) files[join(file.parentPath, file.name).slice(dir.length)] = readFileSync(join(file.parentPath, file.name), 'base64');
  }
  return files;
}

describe('an index written over the last one', () => {
  it('is, once its unused files are deleted, the index written into an empty folder', async () => {
    const before = site('before', ['Lammy visits China', 'Wang Yi meets Lammy', 'Trade talks resume']);
    const after = site('after', ['Lammy visits China', 'Wang Yi meets Lammy again']);
    const over = join(before, INDEX_FOLDER);
    await index(before, over);
    await index(after, over);
    const fresh = join(work, 'fresh');
    await index(after, fresh);
    expect(Object.keys(contents(over)).length).toBeGreaterThan(Object.keys(contents(fresh)).length);
    expect(deleteUnusedIndexFiles(over)).toBeGreaterThan(0);
    expect(contents(over)).toEqual(contents(fresh));
  });

  it('is not reused when another version of Pagefind wrote it: the build starts that index afresh', async () => {
    const dir = site('upgraded', ['Lammy visits China']);
    mkdirSync(join(dir, INDEX_FOLDER));
    writeFileSync(join(dir, INDEX_FOLDER, 'pagefind-entry.json'), '{"version":"0.9.0","languages":{}}');
    writeFileSync(join(dir, INDEX_FOLDER, 'pagefind-old-ui.js'), '');
    await buildDone(dir);
    await expectFreshIndex(dir);
  });

  it('is written anew when a fragment tells another page (a name taken by an old fragment)', async () => {
    const dir = site('collision', ['Lammy visits China', 'Wang Yi meets Lammy']);
    const cache = join(work, 'collision-cache');
    await buildDone(dir, cache);
    const fragments = join(dir, INDEX_FOLDER, 'fragment');
    const [first, second] = readdirSync(fragments);
    expect(await checkedFragments(join(dir, INDEX_FOLDER), builtPages(dir))).toHaveLength(2);
    // As if the second page's fragment had been given a name the last index used for the first.
    copyFileSync(join(fragments, first!), join(fragments, second!));
    expect(await checkedFragments(join(dir, INDEX_FOLDER), builtPages(dir))).toBeUndefined();
    await buildDone(dir, cache);
    await expectFreshIndex(dir);
  });

  it('finds a fragment of a page no longer built', async () => {
    const dir = site('removed', ['Lammy visits China', 'Wang Yi meets Lammy']);
    await index(dir, join(dir, INDEX_FOLDER));
    rmSync(join(dir, 'events', '1'), { recursive: true });
    expect(await checkedFragments(join(dir, INDEX_FOLDER), builtPages(dir))).toBeUndefined();
  });

  it('records the page each fragment tells, and reads again only a fragment changed since it was checked', async () => {
    const dir = site('recorded', ['Lammy visits China', 'Wang Yi meets Lammy']);
    const cache = join(work, 'recorded-cache');
    await buildDone(dir, cache);
    const record = (JSON.parse(readFileSync(join(cache, INDEX_RECORD_FILE), 'utf8')) as { parts: Array<{ fragments: CheckedFragment[] }> }).parts[0]!;
    expect(record.fragments.map((fragment) => fragment[3]).sort()).toEqual(['/events/0/', '/events/1/']);
    // Recorded with their pages swapped, the fragments are taken as recorded: they are not read again …
    const [first, second] = record.fragments as [CheckedFragment, CheckedFragment];
    const swapped: CheckedFragment[] = [[first[0], first[1], first[2], second[3]], [second[0], second[1], second[2], first[3]]];
    const byName = (fragments: CheckedFragment[]) => new Map(fragments.map((fragment) => [fragment[0], fragment]));
    expect(new Set(await checkedFragments(join(dir, INDEX_FOLDER), builtPages(dir), byName(swapped)))).toEqual(new Set(swapped));
    // … but one whose time differs from the file's is read again, and tells its own page.
    const stale: CheckedFragment[] = [[first[0], first[1], first[2] + 1, second[3]], swapped[1]!];
    expect(await checkedFragments(join(dir, INDEX_FOLDER), builtPages(dir), byName(stale))).toBeUndefined();
    expect(new Set(await checkedFragments(join(dir, INDEX_FOLDER), builtPages(dir), byName([stale[0]!])))).toEqual(new Set(record.fragments));
  });

  it('reads every fragment when the record is not one it wrote (edited by hand, cut short)', async () => {
    const dir = site('hand-edited', ['Lammy visits China', 'Wang Yi meets Lammy']);
    const cache = join(work, 'hand-edited-cache');
    await buildDone(dir, cache);
    const file = join(cache, INDEX_RECORD_FILE);
    const fragments = (): unknown => (JSON.parse(readFileSync(file, 'utf8')) as { parts: Array<{ fragments: CheckedFragment[] }> }).parts.map((part) => part.fragments);
    const record = JSON.parse(readFileSync(file, 'utf8')) as { parts: Array<{ folder: string; fragments: CheckedFragment[] }> };
    const recorded = fragments();
    const [part] = record.parts as [{ folder: string; fragments: CheckedFragment[] }];
    writeFileSync(file, JSON.stringify({ parts: [{ ...part, fragments: part.fragments.map(([name, size, ctimeMs]) => [name, size, ctimeMs, 42]) }] }));
    expect(await buildDone(dir, cache)).not.toContainEqual(expect.stringMatching(/unchanged/u));
    await expectFreshIndex(dir);
    expect(fragments()).toEqual(recorded);
  });

  it('keeps no record of an index a build did not finish writing', async () => {
    const dir = site('stopped', ['Lammy visits China']);
    const cache = join(work, 'stopped-cache');
    await buildDone(dir, cache);
    expect(existsSync(join(cache, INDEX_RECORD_FILE))).toBe(true);
    rmSync(join(dir, 'events'), { recursive: true });
    await expect(buildDone(dir, cache)).rejects.toThrow();
    expect(existsSync(join(cache, INDEX_RECORD_FILE))).toBe(false);
  });

  it('deletes nothing in a folder that holds no index it can read', () => {
    const dir = join(work, 'strange');
    mkdirSync(join(dir, 'fragment'), { recursive: true });
    writeFileSync(join(dir, 'fragment', 'en_1234567.pf_fragment'), '');
    expect(deleteUnusedIndexFiles(dir)).toBeUndefined();
    writeFileSync(join(dir, 'pagefind-entry.json'), '{"languages":{"en":{"hash":"en_abc"}}}');
    expect(deleteUnusedIndexFiles(dir)).toBeUndefined();
    expect(readdirSync(join(dir, 'fragment'))).toEqual(['en_1234567.pf_fragment']);
  });
});

describe('an index in parts', () => {
  /** The build's search step with parts of at most `kilobytes` of HTML. */
  async function buildInParts(dir: string, cacheDir: string, kilobytes: string): Promise<string[]> {
    process.env.ENTENTE_SEARCH_PART_KB = kilobytes;
    try {
      return await buildDone(dir, cacheDir);
    } finally {
      delete process.env.ENTENTE_SEARCH_PART_KB;
    }
  }
  const partsListed = (dir: string): unknown => JSON.parse(readFileSync(join(dir, INDEX_FOLDER, PARTS_FILE), 'utf8'));
  /** The files of the first part only, without the list of the others. */
  const firstPart = (dir: string): Record<string, string> =>
    Object.fromEntries(Object.entries(contents(join(dir, INDEX_FOLDER))).filter(([file]) => !file.startsWith(`/${PARTS_FOLDER}/`) && file !== `/${PARTS_FILE}`));

  it('indexes each part’s pages into a folder of its own, lists the others for the search page, and deletes the parts a smaller site no longer has', async () => {
    // Pages of about 1.7 KB: one a part with parts of 1 KB.
    const texts = ['Lammy visits China', 'Wang Yi meets Lammy', 'Trade talks resume'].map((text) => `${text}. `.repeat(25));
    const dir = site('parts', texts);
    const cache = join(work, 'parts-cache');
    const pages = builtPages(dir);
    expect(pages).toEqual(['events/0/index.html', 'events/1/index.html', 'events/2/index.html']);
    await buildInParts(dir, cache, '1');
    expect(partsListed(dir)).toEqual(['parts/2/', 'parts/3/']);
    await index(dir, join(work, 'part-1'), [pages[0]!]);
    expect(firstPart(dir)).toEqual(contents(join(work, 'part-1')));
    await index(dir, join(work, 'part-3'), [pages[2]!]);
    expect(contents(join(dir, INDEX_FOLDER, PARTS_FOLDER, '3'))).toEqual(contents(join(work, 'part-3')));
    const record = JSON.parse(readFileSync(join(cache, INDEX_RECORD_FILE), 'utf8')) as { parts: Array<{ fragments: CheckedFragment[] }> };
    expect(record.parts.map((part) => part.fragments.map((fragment) => fragment[3]))).toEqual([['/events/0/'], ['/events/1/'], ['/events/2/']]);

    rmSync(join(dir, 'events', '2'), { recursive: true });
    await buildInParts(dir, cache, '1');
    expect(partsListed(dir)).toEqual(['parts/2/']);
    expect(readdirSync(join(dir, INDEX_FOLDER, PARTS_FOLDER))).toEqual(['2']);

    await buildDone(dir, cache);
    expect(existsSync(join(dir, INDEX_FOLDER, PARTS_FOLDER))).toBe(false);
    await expectFreshIndex(dir);
  });

  it('reads only the pages whose text is marked as searched, not the lists beside them', () => {
    const dir = site('marked', ['Lammy visits China']);
    mkdirSync(join(dir, 'articles', 'page', '2'), { recursive: true });
    writeFileSync(join(dir, 'articles', 'page', '2', 'index.html'), '<!doctype html><html lang="en"><body><h1>Articles</h1></body></html>');
    expect(builtPages(dir)).toEqual(['events/0/index.html']);
  });

  it('reads again only the pages written since the last build read them, and digests them as a first reading does', () => {
    const dir = site('reread', ['Lammy visits China', 'Wang Yi meets Lammy', 'Trade talks resume']);
    mkdirSync(join(dir, 'articles', 'page', '2'), { recursive: true });
    writeFileSync(join(dir, 'articles', 'page', '2', 'index.html'), '<!doctype html><html lang="en"><body><h1>Articles</h1></body></html>');
    const first = readSearchedPages(dir);
    expect(first.readAgain).toBe(4);
    expect(readSearchedPages(dir, new Map(first.read.map((page) => [page[0], page]))).readAgain).toBe(0);
    // The same size, other bytes: written again, so read again.
    const changed = join(dir, 'events', '1', 'index.html');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('Wang Yi', 'Wang Ye'));
    const again = readSearchedPages(dir, new Map(first.read.map((page) => [page[0], page])));
    expect(again.readAgain).toBe(1);
    expect(again.pages).toEqual(searchedPages(dir));
    expect(again.pages.find((page) => page.path === 'events/1/index.html')?.digest).not.toBe(first.pages.find((page) => page.path === 'events/1/index.html')?.digest);
  });

  it('takes a part whose fragments tell a page of another part as one to write anew', async () => {
    const dir = site('moved', ['Lammy visits China', 'Wang Yi meets Lammy']);
    await index(dir, join(dir, INDEX_FOLDER));
    expect(await checkedFragments(join(dir, INDEX_FOLDER), ['events/0/index.html', 'events/1/index.html'])).toHaveLength(2);
    expect(await checkedFragments(join(dir, INDEX_FOLDER), ['events/0/index.html', 'events/2/index.html'])).toBeUndefined();
  });

  it('stops the build when the part size is not a whole number of kilobytes, before the pages are rendered', () => {
    process.env.ENTENTE_SEARCH_PART_KB = '64MB';
    try {
      expect(() => (searchIndex().hooks['astro:config:done'] as (params: unknown) => void)({ config: { cacheDir: pathToFileURL(`${work}/`) } })).toThrow(/ENTENTE_SEARCH_PART_KB is "64MB"/u);
    } finally {
      delete process.env.ENTENTE_SEARCH_PART_KB;
    }
  });

  it('splits pages anew in the order of their paths, 3/4 of the limit a part, a larger page alone', () => {
    const pages = [
      { path: 'articles/a/index.html', size: 4 },
      { path: 'events/b/index.html', size: 3 },
      { path: 'events/c/index.html', size: 9 },
      { path: 'events/d/index.html', size: 2 },
    ];
    const paths = (parts: Array<typeof pages>) => parts.map((part) => part.map((page) => page.path));
    expect(paths(splitIntoParts(pages, 10))).toEqual([['articles/a/index.html', 'events/b/index.html'], ['events/c/index.html'], ['events/d/index.html']]);
    expect(splitIntoParts([], 10)).toEqual([]);
  });

  it('keeps where the last build’s parts started while they hold the pages within the limit', () => {
    const pages = ['a', 'b', 'c', 'd'].map((path) => ({ path, size: 4 }));
    const paths = (parts: Array<typeof pages>) => parts.map((part) => part.map((page) => page.path));
    expect(paths(splitIntoParts(pages, 8, ['c']))).toEqual([['a', 'b'], ['c', 'd']]);
    // Three pages in the second part: more than the limit, so all are split anew, 3/4 of the limit a part.
    expect(paths(splitIntoParts(pages, 8, ['b']))).toEqual([['a'], ['b'], ['c'], ['d']]);
    // A page larger than the limit is a part of its own, and keeps it.
    expect(paths(splitIntoParts([...pages, { path: 'e', size: 20 }], 8, ['c', 'e']))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    // Parts that a shrinking site has left nearly empty are not kept: four parts of 4 bytes where the limit is 16.
    expect(paths(splitIntoParts(pages, 16, ['b', 'c', 'd']))).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('indexes again only the parts whose pages changed, in a rebuild, and keeps where the parts start', async () => {
    // Pages of about 1.7 KB: each a part of its own, with room for a small page, in parts of 4 KB.
    const texts = ['Lammy visits China', 'Wang Yi meets Lammy', 'Trade talks resume'].map((text) => `${text}. `.repeat(25));
    const dir = site('rebuilt', texts);
    const cache = join(work, 'rebuilt-cache');
    expect(await buildInParts(dir, cache, '4')).toContain('search index: 3 pages in 3 parts');
    expect(await buildInParts(dir, cache, '4')).toContain('search index: 3 pages in 3 parts, 3 unchanged');

    // A page changed, and one added beside it: only their part is indexed again …
    writeFileSync(join(dir, 'events', '1', 'index.html'), readFileSync(join(dir, 'events', '1', 'index.html'), 'utf8').replaceAll('Lammy', 'Cameron'));
    mkdirSync(join(dir, 'events', '1a'));
    writeFileSync(join(dir, 'events', '1a', 'index.html'), '<html lang="en"><body><main data-pagefind-body><h1>Cameron visits Beijing</h1></main></body></html>');
    expect(await buildInParts(dir, cache, '4')).toContain('search index: 4 pages in 3 parts, 2 unchanged');
    expect(partsListed(dir)).toEqual(['parts/2/', 'parts/3/']);
    // … and the index is the one a first build of the same pages writes.
    const fresh = join(work, 'rebuilt-fresh');
    cpSync(join(dir, 'events'), join(fresh, 'events'), { recursive: true });
    expect(await buildInParts(fresh, join(work, 'rebuilt-fresh-cache'), '4')).toContain('search index: 4 pages in 3 parts');
    expect(contents(join(dir, INDEX_FOLDER))).toEqual(contents(join(fresh, INDEX_FOLDER)));
  });

  it('indexes a part again when its files changed since the last build, though its pages did not', async () => {
    const texts = ['Lammy visits China', 'Wang Yi meets Lammy'].map((text) => `${text}. `.repeat(25));
    const dir = site('tampered', texts);
    const cache = join(work, 'tampered-cache');
    await buildInParts(dir, cache, '1');
    const part = join(dir, INDEX_FOLDER, PARTS_FOLDER, '2');
    const written = contents(part);
    const fragments = join(part, 'fragment');
    for (const fragment of readdirSync(fragments)) rmSync(join(fragments, fragment));
    expect(await buildInParts(dir, cache, '1')).toContain('search index: 2 pages in 2 parts, 1 unchanged');
    expect(contents(part)).toEqual(written);
  });
});

