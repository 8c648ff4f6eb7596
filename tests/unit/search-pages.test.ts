import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCHED_FOLDERS, SEARCHED_MARK } from '../../src/integrations/search-index.ts';

const SRC = join(import.meta.dirname, '../../src');

/** Every source file of the site under `dir` (not its tests, nor the search index, which looks for the mark) that marks its page as searchable. */
function searchBodies(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file !== join('integrations', 'search-index.ts'))
    .map((file) => join(dir, file))
    .filter((file) => /(?<!\.test)\.(?:astro|ts)$/u.test(file) && readFileSync(file, 'utf8').includes(SEARCHED_MARK));
}

describe('the search index', () => {
  it('reads every folder of pages that marks its text as searchable, and only pages do', () => {
    const folders: readonly string[] = SEARCHED_FOLDERS;
    const bodies = searchBodies(SRC).map((file) => relative(SRC, file));
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) {
      expect(body, 'a layout or component would make every page searchable').toMatch(/^pages\//u);
      expect(folders, `${body} is searchable, but Pagefind does not read its folder`).toContain(body.split('/')[1]);
    }
  });
});
