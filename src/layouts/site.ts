/**
 * What every page reads from the build: the content collections as plain library values and the
 * settings from the environment (documented in the README).
 */
import { getCollection } from 'astro:content';
import type { Era, EventsPage, SiteArticle, TimelineEvent } from '../lib/index.ts';
import { pageParam, pageSize, paginateEvents, timelineOrder } from '../lib/index.ts';

/** `ENTENTE_ORDER=newest` puts the newest events first on the timeline; oldest first otherwise. */
export const TIMELINE_ORDER = timelineOrder(process.env.ENTENTE_ORDER);

/** `ENTENTE_PAGE_SIZE` sets how many events a page of a long list shows; tests lower it to see pages. */
export const PAGE_SIZE = pageSize(process.env.ENTENTE_PAGE_SIZE);

/**
 * The static paths of a paginated list of events: one route per page with `params` and the page,
 * the first page without a `page` parameter, so its address is the list's own.
 */
export function eventPageRoutes<Params extends Record<string, string>, Props extends object>(
  events: readonly TimelineEvent[],
  params: Params,
  props: Props,
): Array<{ params: Params & { page: string | undefined }; props: Props & { page: EventsPage } }> {
  return paginateEvents(events, { order: TIMELINE_ORDER, size: PAGE_SIZE }).map((page) => ({
    params: { ...params, page: pageParam(page.number) },
    props: { ...props, page },
  }));
}

export const SITE_NAME = 'Entente';

export async function siteEvents(): Promise<TimelineEvent[]> {
  return (await getCollection('events')).map((entry) => entry.data);
}

export async function siteArticles(): Promise<SiteArticle[]> {
  return (await getCollection('articles')).map((entry) => entry.data);
}

export async function siteEras(): Promise<Era[]> {
  return (await getCollection('eras')).map((entry) => entry.data);
}
