/**
 * A crawl of the served site with Playwright's request API (no browser: only the markup is
 * needed), from the home page and the 404 page over every internal `href`, `src`, `srcset` and
 * form `action`, so a link or asset that does not answer, and a `#fragment` that names no element
 * of its page, are found wherever they are.
 */
import type { APIRequestContext } from '@playwright/test';

export interface BrokenLink {
  /** The page the link is on. */
  from: string;
  to: string;
  problem: string;
}

/**
 * The attributes that point somewhere. The site's markup is Astro's, which always quotes attribute
 * values with `"`; text that looks like markup is escaped (`&lt;a href=&quot;`), so it never matches.
 */
const LINK_ATTRIBUTE = /\s(href|src|srcset|action)="([^"]*)"/gu;
const ID_ATTRIBUTE = /\sid="([^"]*)"/gu;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decodeAttribute(value: string): string {
  return value.replace(/&(?:#x([\da-f]+)|#(\d+)|([a-z]+));/giu, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : decimal ? String.fromCodePoint(Number(decimal)) : (ENTITIES[name!.toLowerCase()] ?? whole),
  );
}

/** The addresses a page points to, as written (a srcset's candidates one by one). */
function linksOf(html: string): string[] {
  return [...html.matchAll(LINK_ATTRIBUTE)].flatMap(([, attribute, raw]) => {
    const value = decodeAttribute(raw!);
    return attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/u)[0]!) : [value];
  });
}

/**
 * Every internal address reachable from the site's home page and its 404 page (the one page no
 * link leads to), and the links among them that are broken. A redirect counts as broken: the site
 * links to its pages' own addresses, trailing slash included.
 */
export async function crawlSite(request: APIRequestContext, baseURL: string): Promise<{ checked: number; broken: BrokenLink[] }> {
  const base = new URL(baseURL);
  const broken: BrokenLink[] = [];
  /** Pages fetched, with the ids of their elements when they are HTML. */
  const ids = new Map<string, Set<string> | undefined>();
  const fragments: Array<{ from: string; page: string; fragment: string }> = [];
  const queue: Array<{ url: string; from: string; status: number }> = [
    { url: base.href, from: '(start)', status: 200 },
    { url: new URL('no/such/page/', base).href, from: '(start)', status: 404 },
  ];
  const queued = new Set(queue.map((item) => item.url));

  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    const response = await request.get(item.url, { maxRedirects: 0, failOnStatusCode: false });
    if (response.status() !== item.status) {
      const location = response.headers().location;
      broken.push({ from: item.from, to: item.url, problem: `status ${response.status()}${location ? ` → ${location}` : ''}` });
      ids.set(item.url, undefined);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) {
      ids.set(item.url, undefined);
      continue;
    }
    const html = await response.text();
    ids.set(item.url, new Set([...html.matchAll(ID_ATTRIBUTE)].map(([, id]) => decodeAttribute(id!))));
    for (const link of linksOf(html)) {
      const target = new URL(link, item.url);
      // Another site, or a scheme that fetches nothing (mailto:, data:): not this site's to answer for.
      if (target.origin !== base.origin) continue;
      if (target.hash.length > 1) fragments.push({ from: item.url, page: target.href.replace(/#.*$/u, ''), fragment: decodeURIComponent(target.hash.slice(1)) });
      target.hash = '';
      if (queued.has(target.href)) continue;
      queued.add(target.href);
      queue.push({ url: target.href, from: item.url, status: 200 });
    }
  }

  for (const { from, page, fragment } of fragments) {
    const pageIds = ids.get(page);
    if (pageIds !== undefined && !pageIds.has(fragment)) broken.push({ from, to: `${page}#${fragment}`, problem: 'no element has this id' });
  }
  return { checked: ids.size, broken };
}
