/**
 * What every page reads: the library's values (the loader's reading, src/loaders/readings.ts) and
 * the settings from the environment (documented in the README).
 */
import { getCollection } from 'astro:content';
import type { Era, EventsPage, ListPageView, SiteArticle, SiteData, TimelineEvent } from '../lib/index.ts';
import { LIST_LATEST_EVENTS, listPages, pageParam, pageSize, paginateEvents, timelineOrder } from '../lib/index.ts';
import { shownReading } from '../loaders/readings.ts';
import type { KeyData } from './cache-key.ts';
import { isBuilding } from './build-mode.ts';
import { pageCacheKeys } from './cache-key.ts';

/** `ENTENTE_ORDER=newest` puts the newest events first on the timeline; oldest first otherwise. */
export const TIMELINE_ORDER = timelineOrder(process.env.ENTENTE_ORDER);

/** `ENTENTE_PAGE_SIZE` sets how many events a page of a long list shows; tests lower it to see pages. */
export const PAGE_SIZE = pageSize(process.env.ENTENTE_PAGE_SIZE);

/**
 * The pages' `cacheKey`s (see cache-key.ts): a key changes with the page's props and with every
 * setting a page reads while rendering, so an incremental build re-renders exactly the pages whose
 * HTML would change. The site's address and base are also in the Astro config, which Astro hashes.
 * The events and articles, each on many pages, are digested once (`siteEvents`, `siteArticles`).
 */
const cacheKeys = pageCacheKeys({
  order: TIMELINE_ORDER,
  pageSize: PAGE_SIZE,
  site: import.meta.env.SITE,
  base: import.meta.env.BASE_URL,
});

/** A page's `cacheKey`, in a build only (see build-mode.ts). */
function keyOf(props: unknown): { cacheKey?: string } {
  return isBuilding() ? { cacheKey: cacheKeys.keyOf(props) } : {};
}

/**
 * One entry of `getStaticPaths()` with its `cacheKey`. Every page with static paths is built
 * through this: its props must hold all the content it shows, for the key to cover it.
 */
export function staticPath<Params extends Record<string, string | undefined>, Props extends object>(
  params: Params,
  props: Props & KeyData<Props>,
): { params: Params; props: Props; cacheKey?: string } {
  return { params, props, ...keyOf(props) };
}

/**
 * The static paths of a list of events cut into pages as the site's settings say (`ENTENTE_ORDER`,
 * `ENTENTE_PAGE_SIZE`), every page with `params`, the same `props` and its page; the first page
 * without a `page` parameter, so its address is the list's own.
 */
export function eventPageRoutes<Params extends Record<string, string>, Props extends object>(
  events: readonly TimelineEvent[],
  params: Params,
  props: Props & KeyData<Props>,
): Array<{ params: Params & { page: string | undefined }; props: Props & { page: EventsPage }; cacheKey?: string }> {
  return paginateEvents(events, { order: TIMELINE_ORDER, size: PAGE_SIZE }).map((page) => {
    const pageProps = { ...props, page };
    return { params: { ...params, page: pageParam(page.number) }, props: pageProps, ...keyOf(pageProps) };
  });
}

/**
 * The static paths of a list of events an actor, a type or a relationship has: one page, or a first
 * page of counts and a page for each period (see `listPages`), each with `params`, the rest of its
 * address (`page`) and its `view`.
 */
export function listPageRoutes<Params extends Record<string, string>, Props extends object>(
  events: readonly TimelineEvent[],
  params: Params,
  props: Props & KeyData<Props>,
): Array<{ params: Params & { page: string | undefined }; props: Props & { view: ListPageView }; cacheKey?: string }> {
  return eventListPages(events).map((view) => {
    const pageProps = { ...props, view };
    return { params: { ...params, page: view.param }, props: pageProps, ...keyOf(pageProps) };
  });
}

/** The pages of a list of events as the site's settings say (see `listPages`). */
export function eventListPages(events: readonly TimelineEvent[]): ListPageView[] {
  return listPages(events, { order: TIMELINE_ORDER, size: PAGE_SIZE, latest: LIST_LATEST_EVENTS });
}

export { SITE_NAME } from './site-name.ts';

/** What `astro dev` shows before a first good reading, behind the content's error. */
const NOTHING_READ: SiteData = { articles: [], events: [], eras: [], warnings: [] };

/** The reading whose revision Astro's data store holds (see src/loaders/readings.ts). */
async function siteData(): Promise<SiteData> {
  const [entry] = await getCollection('revision');
  const data = shownReading(entry?.data.revision);
  // A build that renders pages with no reading would publish an empty site: it stops instead.
  if (data === undefined && isBuilding()) throw new Error('Entente: the pages are rendered, but the content loader has read nothing in this process');
  return data ?? NOTHING_READ;
}

export async function siteEvents(): Promise<TimelineEvent[]> {
  return cacheKeys.share((await siteData()).events);
}

export async function siteArticles(): Promise<SiteArticle[]> {
  return cacheKeys.share((await siteData()).articles);
}

export async function siteEras(): Promise<Era[]> {
  return (await siteData()).eras;
}
