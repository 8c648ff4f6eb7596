import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventPath, sitePath, siteUrl } from '../layouts/paths.ts';
import { SITE_NAME, siteArticles, siteEvents, staticPath } from '../layouts/site.ts';
import type { SiteArticle, TimelineEvent } from '../lib/index.ts';
import { FEED_ARTICLES, articleFeedItem, articlesWithEvents, sortArticles } from '../lib/index.ts';

/**
 * `rss.xml`, built only when the site's address (ENTENTE_SITE) is known: a feed's links must be
 * absolute, and a feed pointing at the wrong host is worse than none. Its articles are its props,
 * so that its cache key covers them (see cache-key.ts).
 */
export const getStaticPaths = (async () =>
  import.meta.env.SITE
    ? [staticPath({ feed: 'rss' }, { articles: articlesWithEvents(sortArticles(await siteArticles()).slice(0, FEED_ARTICLES), await siteEvents()) })]
    : []) satisfies GetStaticPaths;

interface Props {
  articles: Array<{ article: SiteArticle; events: TimelineEvent[] }>;
}

export const GET: APIRoute<Props> = ({ site, props }) =>
  rss({
    title: SITE_NAME,
    description: 'News articles on diplomatic relations, each with the dated events read from it.',
    // getStaticPaths builds this route only when `site` is set.
    site: site!,
    items: props.articles.map(({ article, events }) =>
      articleFeedItem(article, {
        link: siteUrl(sitePath(`articles/${article.id}/`)),
        events,
        eventUrl: (event) => siteUrl(eventPath(event.id)),
      }),
    ),
  });
