import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPart, indexPartOnThread } from './index-part.ts';

let work: string;
const pages = ['events/a/index.html', 'events/b/index.html'];
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'entente-index-part-'));
  for (const [at, page] of pages.entries()) {
    mkdirSync(join(work, 'site', page, '..'), { recursive: true });
    writeFileSync(join(work, 'site', page), `<!doctype html><html lang="en"><head><title>${at}</title></head><body><main data-pagefind-body><h1>Talks ${at}</h1></main></body></html>`);
  }
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('indexPartOnThread', () => {
  it('writes on a thread of its own the index this thread writes', async () => {
    await indexPartOnThread({ site: join(work, 'site'), outputPath: join(work, 'on-thread'), pages });
    await indexPart({ site: join(work, 'site'), outputPath: join(work, 'here'), pages });
    expect(files(join(work, 'on-thread'))).toContain('pagefind-entry.json');
    expect(files(join(work, 'on-thread'))).toEqual(files(join(work, 'here')));
  });

  it('rejects with what went wrong on the thread: a page that cannot be read', async () => {
    await expect(indexPartOnThread({ site: join(work, 'site'), outputPath: join(work, 'broken'), pages: ['events/gone/index.html'] })).rejects.toThrow(/ENOENT.*events\/gone\/index\.html/u);
  });
});
