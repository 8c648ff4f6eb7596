import { join } from 'node:path';
import { loadArticles } from './article/load.ts';
import { throwIfErrors } from './diagnostics.ts';
import type { Diagnostic } from './diagnostics.ts';
import { analyseArticle, createAnalysisContext } from './events/analyse.ts';
import { loadKnowledge } from './knowledge/load.ts';
import type { Era } from './knowledge/load.ts';
import { sortEras } from './knowledge/sort-eras.ts';
import { mergeEvents } from './events/merge.ts';
import type { TimelineEvent } from './events/model.ts';
import { articleBlocks } from './timeline/article-view.ts';
import type { BlockView } from './timeline/article-view.ts';

/** An article as its page shows it: metadata and text with every recognised date placed. */
export interface SiteArticle {
  id: string;
  path: string;
  title: string;
  date: string;
  source?: string;
  url?: string;
  tags: string[];
  blocks: BlockView[];
  /** Ids of the events this article is a source of, in the order it tells them. */
  eventIds: string[];
}

/** Everything a site is built from, in chronological order. */
export interface SiteData {
  articles: SiteArticle[];
  events: TimelineEvent[];
  /** Spans of history from `content/eras`, in chronological order. */
  eras: Era[];
  /** Problems that do not stop the build, for the build log. */
  warnings: Diagnostic[];
}

/**
 * Load every article under `<contentDir>/articles` and the editors' knowledge beside it
 * (`actors/`, `events/`, `eras/`), read the articles' events and merge them.
 * Throws an `EntenteContentError` listing every problem in every file when any is fatal.
 *
 * @example
 * (await buildSiteData('content')).events.map((event) => event.date.value)
 * //=> ['1997', '2015', '2020', '2024-10-18']
 */
export async function buildSiteData(
  contentDir: string,
  options: { onProgress?: (analysed: number, total: number) => void } = {},
): Promise<SiteData> {
  const [loaded, known] = await Promise.all([loadArticles(join(contentDir, 'articles')), loadKnowledge(contentDir)]);
  const { articles } = loaded;
  const diagnostics = [...loaded.diagnostics, ...known.diagnostics];
  throwIfErrors(diagnostics);
  const context = createAnalysisContext(known.knowledge);
  const analyses = articles.map((article, index) => {
    const analysis = analyseArticle(article, context);
    options.onProgress?.(index + 1, articles.length);
    return analysis;
  });
  const { events, eventIdsByArticle } = mergeEvents(analyses);
  const siteArticles = articles.map((article, index): SiteArticle => {
    const eventIds = eventIdsByArticle.get(article.id) ?? [];
    return {
      id: article.id,
      path: article.path,
      title: article.title,
      date: article.date,
      ...(article.source === undefined ? {} : { source: article.source }),
      ...(article.url === undefined ? {} : { url: article.url }),
      tags: article.tags,
      // analyses[index] was computed from articles[index] just above.
      blocks: articleBlocks(article, analyses[index]!, eventIds),
      eventIds: [...new Set(eventIds)],
    };
  });
  return { articles: siteArticles, events, eras: sortEras(known.knowledge.eras), warnings: diagnostics };
}
