import type { EventSource } from '../lib/index.ts';

/** Astro's `base` as the site's root path, ending in `/`. */
const rootPath = (base: string): string => base.replace(/\/?$/u, '/');

/** A site-relative path under the configured `base`, so the build works at `/` and at `/timeline/`. */
export function sitePath(path: string): string {
  return `${rootPath(import.meta.env.BASE_URL)}${path.replace(/^\//u, '')}`;
}

/** Where a site is served: its root path with the base (`/timeline/`), and its full address when `ENTENTE_SITE` gives one. */
export interface SitePlace {
  root: string;
  absoluteRoot: string | undefined;
}

/**
 * The place of a site with Astro's `base` and `site`: the pages read them from `import.meta.env`,
 * the build's own steps from Astro's config (src/integrations/site-exports.ts).
 *
 * @example
 * sitePlace('/timeline', 'https://example.org') //=> { root: '/timeline/', absoluteRoot: 'https://example.org/timeline/' }
 * sitePlace('/', undefined) //=> { root: '/', absoluteRoot: undefined }
 */
export function sitePlace(base: string, site: string | undefined): SitePlace {
  const root = rootPath(base);
  return { root, absoluteRoot: site ? new URL(root, site).href : undefined };
}

/** The full address of a site path when the site's address (`ENTENTE_SITE`) is known, else the path. */
export function siteUrl(href: string): string {
  const site: string | undefined = import.meta.env.SITE;
  return site ? new URL(href, site).href : href;
}

export const eventPath = (id: string): string => sitePath(`events/${id}/`);
export const actorPath = (id: string): string => sitePath(`actors/${id}/`);
export const typePath = (type: string): string => sitePath(`types/${type}/`);
export const kindPath = (kind: string): string => sitePath(`kinds/${kind}/`);
export const yearPath = (year: string): string => sitePath(`years/${year}/`);
export const quadPath = (quad: string): string => sitePath(`quads/${quad}/`);
/** PLOVER types are upper case (`CONSULT`); their pages are not (`/plover/consult/`). */
export const ploverPath = (type: string): string => sitePath(`plover/${type.toLowerCase()}/`);
export const relationsPath = (): string => sitePath('relations/');
export const relationPath = (pairId: string): string => sitePath(`relations/${pairId}/`);
/** A relationship's events of one quad class or PLOVER type. */
export const relationFilterPath = (pairId: string, filter: string): string => sitePath(`relations/${pairId}/${filter.toLowerCase()}/`);
/**
 * Page `number` of a paginated list whose first page is at `path`: `/years/1997/` and then
 * `/years/1997/2/`.
 */
export const pagedPath = (path: string, number: number): string => (number === 1 ? path : `${path}${number}/`);
/**
 * A page of a list of events whose first page is at `path` (see `listPages`): the first itself,
 * then `/actors/china/1997/` and `/actors/china/1997/2/`.
 */
export const listPagePath = (path: string, param: string | undefined): string => (param === undefined ? path : `${path}${param}/`);
/**
 * Page `number` of the article index. Not `/articles/2/`: an article's own page is `/articles/<id>/`,
 * and an id may be a number.
 */
export const articlesPagePath = (number: number): string => sitePath(number === 1 ? 'articles/' : `articles/page/${number}/`);
/** The paragraph of the article a source quotes. */
export const sourcePath = (source: Pick<EventSource, 'articleId' | 'anchor'>): string =>
  sitePath(`articles/${source.articleId}/#${source.anchor}`);

/** The site's root as an absolute address, when `ENTENTE_SITE` gives one; exports that need absolute links ask it. */
export function absoluteRoot(): string | undefined {
  return sitePlace(import.meta.env.BASE_URL, import.meta.env.SITE).absoluteRoot;
}
