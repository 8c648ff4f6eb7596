import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventPath, sitePath, siteUrl } from '../layouts/paths.ts';
import { SITE_NAME, siteArticles, siteEvents } from '../layouts/site.ts';
import { FEED_ARTICLES, articleFeedItem, articlesWithEvents, sortArticles } from '../lib/index.ts';

/**
 * `rss.xml`, built only when the site's address (ENTENTE_SITE) is known: a feed's links must be
 * absolute, and a feed pointing at the wrong host is worse than none.
 */
export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { feed: 'rss' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const articles = articlesWithEvents(sortArticles(await siteArticles()).slice(0, FEED_ARTICLES), await siteEvents());
  return rss({
    title: SITE_NAME,
    description: 'News articles on diplomatic relations, each with the dated events read from it.',
    // getStaticPaths builds this route only when `site` is set.
    site: site!,
    items: articles.map(({ article, events }) =>
      articleFeedItem(article, {
        link: siteUrl(sitePath(`articles/${article.id}/`)),
        events,
        eventUrl: (event) => siteUrl(eventPath(event.id)),
      }),
    ),
  });
};
