import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearAllBut, deleteStale, keptOutput, readRecord, RECORD_FILE, routeFiles, unchangedFiles, unchangedFolders, writeRecord } from './kept-output.ts';

let work: string;
let outDir: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'entente-kept-'));
  outDir = join(work, 'dist');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Write each of `files` (relative to the output folder) with its own path as its text. */
function put(...files: string[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), file);
  }
}

/** A time long past, in seconds: what `settle` gives folders. */
const SETTLED = Date.UTC(2020, 0, 1) / 1000;

/**
 * Date every folder under the output folder long back, as if the build had written it then: only
 * such a folder's time is recorded. Always the same time, so that a folder settled again keeps it.
 */
function settle(folder = outDir): void {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true })) if (entry.isDirectory()) settle(join(folder, entry.name));
  utimesSync(folder, SETTLED, SETTLED);
}

/** Every file and folder under the output folder, relative, sorted. */
function listing(): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir, { recursive: true }).map(String).sort();
}

describe('the record of what a build wrote', () => {
  it('is read back for the same folder only', () => {
    const file = join(work, 'cache', RECORD_FILE);
    put('index.html', 'about/index.html');
    writeRecord(file, outDir, ['index.html', 'about/index.html']);
    expect(readRecord(file, outDir)?.files.map(([path, size]) => [path, size])).toEqual([['about/index.html', 16], ['index.html', 10]]);
    expect(readRecord(file, join(work, 'elsewhere'))).toBeUndefined();
  });

  it('knows a file changed since it was written: it is not the page Astro may keep', () => {
    const file = join(work, 'cache', RECORD_FILE);
    put('index.html', 'about/index.html');
    writeRecord(file, outDir, ['index.html', 'about/index.html']);
    writeFileSync(join(outDir, 'about/index.html'), 'edited by hand');
    expect([...unchangedFiles(outDir, readRecord(file, outDir)!)]).toEqual(['index.html']);
  });

  it('keeps the time of each folder that holds nothing but recorded pages, and knows one changed since', () => {
    const file = join(work, 'cache', RECORD_FILE);
    put('index.html', 'events/a/index.html', 'events/b/index.html', 'events/b/extra.txt', 'years/2024/2/index.html', '_astro/site.css');
    settle();
    writeRecord(file, outDir, ['index.html', 'events/a/index.html', 'events/b/index.html', 'years/2024/2/index.html']);
    const record = readRecord(file, outDir)!;
    // events/b holds a file no route wrote; events holds a folder that does not hold only recorded entries, which is fine.
    expect(record.folders.map(([folder]) => folder).sort()).toEqual(['events', 'events/a', 'years', 'years/2024', 'years/2024/2']);
    put('events/a/stray.txt');
    rmSync(join(outDir, 'years/2024/2/index.html'));
    const unchanged = unchangedFolders(outDir, record);
    expect([...unchanged.keys()].sort()).toEqual(['events', 'years', 'years/2024']);
    expect(unchanged.get('years/2024')).toEqual([{ name: '2', isFolder: true }]);
  });

  it('is no record when missing or cut short', () => {
    const file = join(work, RECORD_FILE);
    expect(readRecord(file, outDir)).toBeUndefined();
    writeFileSync(file, '{"version":1,"outDir":');
    expect(readRecord(file, outDir)).toBeUndefined();
  });
});

describe('clearAllBut', () => {
  it('keeps the listed pages and deletes everything else, whole folders at once', () => {
    put('index.html', 'events/a/index.html', 'events/b/index.html', '_astro/site.123.css', 'sitemap-0.xml', 'events/b/extra.txt');
    clearAllBut(outDir, new Set(['index.html', 'events/a/index.html', 'events/b/index.html']));
    expect(listing()).toEqual(['events', 'events/a', 'events/a/index.html', 'events/b', 'events/b/index.html', 'index.html']);
  });

  it('leaves .git and the folders another step rewrites', () => {
    put('.git/HEAD', 'pagefind/pagefind-entry.json', 'old/index.html');
    clearAllBut(outDir, new Set(), new Set(['.git', 'pagefind']));
    expect(listing()).toEqual(['.git', '.git/HEAD', 'pagefind', 'pagefind/pagefind-entry.json']);
  });

  it('takes a folder’s entries from `known` instead of reading it', () => {
    put('events/a/index.html', 'events/a/unknown.txt', 'events/b/index.html');
    clearAllBut(outDir, new Set(['events/a/index.html']), new Set(), new Map([['events', [{ name: 'a', isFolder: true }, { name: 'b', isFolder: true }]], ['events/a', [{ name: 'index.html', isFolder: false }]]]));
    // Known to hold only index.html, events/a is not read: what else it holds is not seen.
    expect(listing()).toEqual(['events', 'events/a', 'events/a/index.html', 'events/a/unknown.txt']);
  });

  it('does nothing when there is no folder yet', () => {
    expect(clearAllBut(outDir, new Set())).toBe(0);
  });
});

describe('deleteStale', () => {
  it('deletes the last build’s pages this one lacks, and the folders they leave empty', () => {
    put('events/a/index.html', 'events/b/index.html', 'years/2024/2/index.html', 'years/2024/index.html');
    const stale = deleteStale(outDir, ['events/a/index.html', 'events/b/index.html', 'years/2024/2/index.html', 'years/2024/index.html'], new Set(['events/a/index.html', 'years/2024/index.html']));
    expect(stale).toEqual(['events/b/index.html', 'years/2024/2/index.html']);
    expect(listing()).toEqual(['events', 'events/a', 'events/a/index.html', 'years', 'years/2024', 'years/2024/index.html']);
  });
});

it('routeFiles gives the route outputs relative to the folder', () => {
  const assets = new Map([['/events/[id]', [pathToFileURL(join(outDir, 'events/a/index.html'))]], ['/events.json', [pathToFileURL(join(outDir, 'events.json'))]]]);
  expect([...routeFiles(outDir, assets)].sort()).toEqual(['events.json', 'events/a/index.html']);
});

/** Run one hook of `integration` with `params`, as Astro would (only the fields the hook reads). */
async function hook(integration: AstroIntegration, name: string, params: Record<string, unknown>): Promise<void> {
  const run = integration.hooks[name as keyof AstroIntegration['hooks']] as ((params: unknown) => unknown) | undefined;
  await run?.({ logger: { info: () => {}, debug: () => {} }, ...params });
}

interface BuildOptions {
  incremental?: boolean;
  /** Whether the build gets to its end (`astro:build:done`). */
  finishes?: boolean;
  /** The project's folder; by default beside the output folder. */
  root?: string;
}

/** One build, as far as this integration sees it: the folder holds `written` when the pages are done. */
async function build(integration: AstroIntegration, written: string[], { incremental = true, finishes = true, root = join(work, 'project') }: BuildOptions = {}): Promise<Record<string, unknown>> {
  let update: Record<string, unknown> = {};
  const folder = (path: string) => pathToFileURL(`${path}/`);
  const config = { experimental: { incrementalBuild: incremental }, root: folder(root), cacheDir: folder(join(work, 'cache')), outDir: folder(outDir), publicDir: folder(join(work, 'project/public')) };
  await hook(integration, 'astro:config:setup', { command: 'build', config, updateConfig: (change: Record<string, unknown>) => (update = change) });
  await hook(integration, 'astro:config:done', { config });
  await hook(integration, 'astro:build:start', {});
  put(...written);
  settle();
  const assets = new Map(written.map((file) => [file, [pathToFileURL(join(outDir, file))]]));
  if (finishes) await hook(integration, 'astro:build:done', { dir: folder(outDir), assets });
  return update;
}

describe('keptOutput across builds', () => {
  it('turns off Astro’s emptying of the output folder, for incremental builds only', async () => {
    expect(await build(keptOutput(), [])).toEqual({ vite: { build: { emptyOutDir: false } } });
    expect(await build(keptOutput(), [], { incremental: false })).toEqual({});
  });

  it('empties a folder it has no record of, .git aside', async () => {
    put('stranger.html', 'pagefind/pagefind-entry.json', '.git/HEAD');
    await build(keptOutput({ rewritten: ['pagefind'] }), ['index.html']);
    expect(listing()).toEqual(['.git', '.git/HEAD', 'index.html']);
  });

  it('keeps the last build’s pages and what another step rewrites, and deletes the rest', async () => {
    await build(keptOutput({ rewritten: ['pagefind'] }), ['index.html', 'events/a/index.html']);
    put('pagefind/pagefind-entry.json', 'sitemap-0.xml');
    const integration = keptOutput({ rewritten: ['pagefind'] });
    await build(integration, [], { finishes: false });
    expect(listing()).toEqual(['events', 'events/a', 'events/a/index.html', 'index.html', 'pagefind', 'pagefind/pagefind-entry.json']);
  });

  it('leaves the same output as a build into an empty folder', async () => {
    await build(keptOutput(), ['index.html', 'events/a/index.html', 'events/b/index.html', '_astro/one.css']);
    await build(keptOutput(), ['index.html', 'events/a/index.html', 'events/c/index.html', '_astro/two.css']);
    expect(listing()).toEqual(['_astro', '_astro/two.css', 'events', 'events/a', 'events/a/index.html', 'events/c', 'events/c/index.html', 'index.html']);
  });

  it('deletes a file put into a kept page’s folder after the build, and keeps the page', async () => {
    await build(keptOutput(), ['index.html', 'events/a/index.html', 'events/b/index.html']);
    put('events/a/notes.txt', 'events/c/index.html');
    await build(keptOutput(), [], { finishes: false });
    expect(listing()).toEqual(['events', 'events/a', 'events/a/index.html', 'events/b', 'events/b/index.html', 'index.html']);
  });

  it('still deletes such a file after a rebuild that rendered nothing, which kept the folders’ record without reading them', async () => {
    const pages = ['index.html', 'events/a/index.html', 'events/b/index.html'];
    await build(keptOutput(), pages);
    await build(keptOutput(), pages);
    const record = readRecord(join(work, 'cache', RECORD_FILE), outDir)!;
    expect(record.folders.map(([folder]) => folder).sort()).toEqual(['events', 'events/a', 'events/b']);
    put('events/a/notes.txt');
    await build(keptOutput(), [], { finishes: false });
    expect(listing()).toEqual(['events', 'events/a', 'events/a/index.html', 'events/b', 'events/b/index.html', 'index.html']);
  });

  it('trusts a folder’s time: a folder with its recorded time is not read again', async () => {
    await build(keptOutput(), ['index.html', 'events/a/index.html']);
    put('events/a/notes.txt');
    settle();
    // The record as if it had been written after notes.txt was put there, without reading the folder.
    const file = join(work, 'cache', RECORD_FILE);
    const record = readRecord(file, outDir)!;
    record.folders = record.folders.map(([folder, time]) => [folder, folder === 'events/a' ? statSync(join(outDir, folder)).mtimeMs : time]);
    writeFileSync(file, JSON.stringify(record));
    await build(keptOutput(), ['index.html', 'events/a/index.html']);
    expect(listing()).toContain('events/a/notes.txt');
    // Nor when this build's record is written: its time is still the one recorded.
    expect(readRecord(file, outDir)!.folders.map(([folder]) => folder)).toContain('events/a');
  });

  it('records no folder changed in the last seconds: a change in the same tick of a coarse clock would go unseen', () => {
    const file = join(work, 'cache', RECORD_FILE);
    put('events/a/index.html', 'events/b/index.html');
    settle();
    put('events/b/index.html');
    utimesSync(join(outDir, 'events/b'), new Date(), new Date());
    writeRecord(file, outDir, ['events/a/index.html', 'events/b/index.html']);
    expect(readRecord(file, outDir)!.folders.map(([folder]) => folder).sort()).toEqual(['events', 'events/a']);
  });

  it('empties the folder after a build that did not finish: it left no record', async () => {
    await build(keptOutput(), ['index.html', 'events/a/index.html']);
    await build(keptOutput(), ['events/half-written/index.html'], { finishes: false });
    await build(keptOutput(), [], { finishes: false });
    expect(listing()).toEqual([]);
  });

  it('never deletes a file of public/ that a route used to write', async () => {
    await build(keptOutput(), ['index.html', 'robots.txt']);
    mkdirSync(join(work, 'project/public'), { recursive: true });
    writeFileSync(join(work, 'project/public/robots.txt'), 'User-agent: *');
    await build(keptOutput(), ['index.html']);
    // Astro copies public/ into the folder; this build's routes no longer write robots.txt.
    expect(listing()).toContain('robots.txt');
  });

  it('deletes nothing in an output folder that holds the project', async () => {
    put('src/pages/index.astro', 'content/articles/a.md');
    await build(keptOutput(), [], { root: outDir, finishes: false });
    expect(listing()).toEqual(['content', 'content/articles', 'content/articles/a.md', 'src', 'src/pages', 'src/pages/index.astro']);
  });
});
