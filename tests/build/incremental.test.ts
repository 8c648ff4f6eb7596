/**
 * Incremental builds (astro.config.mjs, `experimental.incrementalBuild`; keys in
 * src/layouts/cache-key.ts; src/integrations/kept-output.ts): a rebuild into the same folder after
 * one article changed and another was removed renders only the pages whose data changed, keeps the
 * others, and gives the very bytes a cold build of the new content gives, so no page can be left
 * stale or behind.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticArticles } from '../../bench/generate.ts';
import { buildDifferences } from '../../scripts/same-build.ts';
import { buildCopy, copyProject } from '../../scripts/project-copy.ts';
/** A sentence that adds an event ("next Tuesday") to the article it is appended to. */
const NEW_SENTENCE = '\nThe two ministers will meet again next Tuesday, officials said.\n';

/** The pages one build wrote, rendered or reused (left in place, or copied back from the incremental cache), from its log. */
interface BuildLog {
  rendered: Set<string>;
  restored: Set<string>;
  /** The reused pages copied back from the cache: none, when the output folder is the last build's. */
  copied: Set<string>;
  /** Whether the search index was written anew, the last one not reusable (src/integrations/search-index.ts). */
  reindexed: boolean;
}

/**
 * A page Astro names as it writes it: `├─ <path>`, then ` (restored)` or ` (cached)` at once for a
 * page reused, or ` (+2ms)` once a page rendered is done. Several pages are rendered at a time
 * (`build.concurrency`), so the next page may be named before that time: a page named with no
 * word after it, up to the next one's time of day, was rendered.
 */
const PAGE_WRITTEN = /^ (\S+?)(?: \((restored|cached|\+[^)]*)\))?\s*(?:\d{2}:\d{2}:\d{2}\s*)?$/u;

function pagesOf(output: string): BuildLog {
  // eslint-disable-next-line no-control-regex
  const text = output.replace(/\u001B\[[0-9;]*m/gu, '');
  const log: BuildLog = { rendered: new Set(), restored: new Set(), copied: new Set(), reindexed: output.includes('could not be reused') };
  for (const named of text.split('├─').slice(1)) {
    const match = PAGE_WRITTEN.exec(named.split('\n', 1)[0]!);
    if (!match) throw new Error(`Not a page Astro wrote: ├─${named.slice(0, 200)}`);
    (match[2] === 'restored' || match[2] === 'cached' ? log.restored : log.rendered).add(match[1]!);
    if (match[2] === 'restored') log.copied.add(match[1]!);
  }
  return log;
}

describe('a rebuild after one article changed', { timeout: 600_000 }, () => {
  let scratch = '';
  let content = '';
  let edited = '';
  const builds: Record<'cold' | 'unchanged' | 'edited' | 'coldEdited', BuildLog> = {} as never;

  /** Build `content` into `dist` in a copy of the project, with the Astro cache (and so the incremental cache) in `cache`. */
  function build(dist: string, cache: string): BuildLog {
    const output = buildCopy(join(scratch, 'project'), {
      outDir: join(scratch, dist),
      cacheDir: join(scratch, cache),
      env: {
        ENTENTE_CONTENT: content,
        ENTENTE_SITE: 'https://example.org',
        ENTENTE_BASE: '/',
        // Small pages, so that lists have several and an added event moves others between them.
        ENTENTE_PAGE_SIZE: '3',
        ENTENTE_NO_CACHE: '1',
      },
    });
    return pagesOf(output);
  }

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'entente-incremental-'));
    content = join(scratch, 'content');
    // The editors' knowledge (an era, a known event, actors) and a few synthetic news articles.
    cpSync(new URL('../fixtures/edited-site/', import.meta.url), content, { recursive: true });
    const articles = writeSyntheticArticles(content, 6, 3);
    copyProject(scratch);

    // Every rebuild goes to the same folder, as `npm run build` does; copies keep what each gave.
    builds.cold = build('site', 'cache');
    cpSync(join(scratch, 'site'), join(scratch, 'cold'), { recursive: true });
    builds.unchanged = build('site', 'cache');
    cpSync(join(scratch, 'site'), join(scratch, 'unchanged'), { recursive: true });
    edited = articles[2]!;
    appendFileSync(edited, NEW_SENTENCE);
    unlinkSync(articles[4]!);
    builds.edited = build('site', 'cache');
    builds.coldEdited = build('cold-edited', 'fresh-cache');
  }, 600_000);
  // Four builds and two caches: removing them takes a while on a busy machine.
  afterAll(() => rmSync(scratch, { recursive: true, force: true }), 120_000);

  it('renders every page on a cold build and keeps a cache of them', () => {
    expect(builds.cold.restored.size).toBe(0);
    expect(builds.cold.rendered.size).toBeGreaterThan(50);
    expect(existsSync(join(scratch, 'cache/incremental-build.json'))).toBe(true);
  });

  it('renders only the pages without static paths when nothing changed, and gives the same bytes', () => {
    const all = new Set([...builds.unchanged.rendered, ...builds.unchanged.restored]);
    expect(all).toEqual(builds.cold.rendered);
    // The few pages with no getStaticPaths() (the home page, the indexes) are always rendered.
    expect(builds.unchanged.rendered.size).toBeLessThan(20);
    expect([...builds.unchanged.rendered].filter((page) => /^\/(events|articles|actors|years|relations|types|kinds|quads|plover)\/[^/]+\//u.test(page))).toEqual([]);
    expect(buildDifferences(join(scratch, 'cold'), join(scratch, 'unchanged'))).toEqual([]);
  });

  it('renders the pages of the changed article and keeps the others', () => {
    const { rendered, restored } = builds.edited;
    const articleId = readdirSync(join(scratch, 'cold-edited/articles')).find((id) => edited.includes(id));
    expect(articleId).toBeDefined();
    expect(rendered).toContain(`/articles/${articleId}/index.html`);
    expect(restored.size).toBeGreaterThan(rendered.size);
    // Left where they were (src/integrations/kept-output.ts), not copied back from Astro's cache.
    expect(builds.edited.copied.size).toBe(0);
    expect(builds.unchanged.copied.size).toBe(0);
    // The search index is written over the last one, and passes its check.
    expect(builds.edited.reindexed).toBe(false);
    expect(builds.unchanged.reindexed).toBe(false);
    // Every page the unchanged rebuild rendered is rendered again (it has no key), and more.
    for (const page of builds.unchanged.rendered) expect(rendered).toContain(page);
    expect(rendered.size).toBeGreaterThan(builds.unchanged.rendered.size);
  });

  it('renders again only the decade and year pages of long lists that the edit changed, and keeps the others', () => {
    // The pages the edit added, removed or changed: those of a cold build before it and after it that differ.
    const changed = new Set(buildDifferences(join(scratch, 'cold'), join(scratch, 'cold-edited')).map((line) => `/${line.slice(0, line.indexOf(':'))}`));
    const isYearPage = (page: string) => /^\/(?:actors|types|kinds|quads|plover|relations)\/(?:[^/]+\/)+?\d{4}s?\//u.test(page);
    const rendered = [...builds.edited.rendered].filter(isYearPage);
    const kept = [...builds.edited.restored].filter(isYearPage);
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.filter((page) => !changed.has(page))).toEqual([]);
    // With pages cut every three events instead, an added event moved every later one to another page.
    expect(kept.length).toBeGreaterThan(rendered.length);
  });

  it('gives the very bytes a cold build of the new content gives: no stale page, none of the removed article', () => {
    expect(builds.coldEdited.restored.size).toBe(0);
    const all = new Set([...builds.edited.rendered, ...builds.edited.restored]);
    expect(all).toEqual(builds.coldEdited.rendered);
    expect(buildDifferences(join(scratch, 'cold-edited'), join(scratch, 'site'))).toEqual([]);
    // The edit did change the site: the cold builds before and after it differ.
    expect(buildDifferences(join(scratch, 'cold'), join(scratch, 'cold-edited')).length).toBeGreaterThan(0);
  });
});
