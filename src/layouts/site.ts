/**
 * What every page reads from the build: the content collections as plain library values and the
 * settings from the environment (documented in the README).
 */
import { getCollection } from 'astro:content';
import type { Era, SiteArticle, TimelineEvent } from '../lib/index.ts';
import { timelineOrder } from '../lib/index.ts';

/** `ENTENTE_ORDER=newest` puts the newest events first on the timeline; oldest first otherwise. */
export const TIMELINE_ORDER = timelineOrder(process.env.ENTENTE_ORDER);

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
