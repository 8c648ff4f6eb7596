import { join, resolve } from 'node:path';
import { loadArticles, type ReadArticle } from './article/load.ts';
import { parseArticle } from './article/parse.ts';
import { cacheSettingFromEnv, openArticleCache, readThrough } from './cache/article-cache.ts';
import type { CacheSetting, CachedReading } from './cache/article-cache.ts';
import { readMergeSnapshot, writeMergeSnapshot } from './cache/merge-snapshots.ts';
import { unchangedFiles } from './cache/unchanged-files.ts';
import { compareDiagnostics, hasErrors, throwIfErrors } from './diagnostics.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Article } from './article/index.ts';
import { createAnalysisContext } from './events/analyse.ts';
import { poolSize, startAnalysis } from './events/analyse-pool.ts';
import type { ArticleAnalysis } from './events/analyse.ts';
import { withKnownEventEnds } from './events/known-events.ts';
import type { MergedEvents } from './events/merge.ts';
import { loadKnowledge } from './knowledge/load.ts';
import type { Era, Knowledge } from './knowledge/load.ts';
import { sortEras } from './knowledge/sort-eras.ts';
import { EventMerger } from './events/merge.ts';
import { applyOverrides } from './events/overrides.ts';
import type { OverrideChange } from './events/overrides.ts';
import type { TimelineEvent } from './events/model.ts';
import { StringPool } from './text/string-pool.ts';
import { articleBlocks } from './timeline/article-view.ts';
import type { BlockView } from './timeline/article-view.ts';

/** An article as its page shows it: metadata and text with every recognised date placed. */
export interface SiteArticle {
  id: string;
  path: string;
  title: string;
  /** Publication date; absent for an undated reference page. */
  date?: string;
  /** The genre the article was read as (see `readGenre`). */
  genre: string;
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
 * //=> ['1997', '2015', '2020', '2024-07-05', '2024-W42', '2024-10-18', '2024-10-18', '2024-10-18']
 */
export async function buildSiteData(contentDir: string, options: ReadOptions = {}): Promise<SiteData> {
  const { articles, analyses, merged, knowledge, warnings } = await readContent(contentDir, options);
  const siteArticles = articles.map((article, index): SiteArticle => {
    const eventIds = merged.eventIdsByArticle.get(article.id) ?? [];
    return {
      id: article.id,
      path: article.path,
      title: article.title,
      ...(article.date === undefined ? {} : { date: article.date }),
      genre: article.genre.genre,
      ...(article.source === undefined ? {} : { source: article.source }),
      ...(article.url === undefined ? {} : { url: article.url }),
      tags: article.tags,
      // analyses[index] was computed from articles[index].
      blocks: articleBlocks(article, analyses[index]!, eventIds),
      eventIds: [...new Set(eventIds)],
    };
  });
  return { articles: siteArticles, events: merged.events, eras: sortEras(knowledge.eras), warnings };
}

export interface ReadOptions {
  /**
   * Called after each article is analysed, for progress output on long work; `cacheHits` of the
   * `analysed` came from the cache.
   */
  onProgress?: (analysed: number, total: number, cacheHits: number) => void;
  /** Where readings are cached (see `openArticleCache`); by default as the environment says (`cacheSettingFromEnv`). */
  cache?: CacheSetting;
  /**
   * Keep the readings and how their events merged in memory too, for the next reading of the folder
   * by this process (a dev server): it reads again only the files that changed (see unchanged-files.ts),
   * parses and analyses only those, and weighs again only the events a change can reach.
   */
  remember?: boolean;
}

/**
 * How the events of each content folder (by its absolute path) merged, when a run asks to
 * `remember`: twice, before and after the editors' corrections. At 4,000 articles merging every
 * event again took 8 s of each reading after a save.
 */
const MERGERS = new Map<string, Mergers>();

type Mergers = { before: EventMerger; after: EventMerger };

/** The mergers of a reading of `contentDir`: the folder's remembered ones, or new ones (`fresh`). */
function mergersFor(contentDir: string, remember: boolean): Mergers & { fresh: boolean } {
  const folder = resolve(contentDir);
  const remembered = remember ? MERGERS.get(folder) : undefined;
  if (remembered !== undefined) return { ...remembered, fresh: false };
  const mergers = { before: new EventMerger(), after: new EventMerger() };
  if (remember) MERGERS.set(folder, mergers);
  return { ...mergers, fresh: true };
}

/**
 * Merge with `merger`; a new one first goes on from the last run's merge `name` kept in the cache
 * (see merge-snapshots.ts), and a run that does not remember its mergers keeps its own for the
 * next: a dev server, which merges again after each save, keeps its mergers in memory instead.
 */
async function mergeThrough(merger: EventMerger, analyses: readonly ArticleAnalysis[], name: string, reading: { contentDir: string; cache: CacheSetting; fresh: boolean; remember: boolean }): Promise<MergedEvents> {
  if (reading.fresh) {
    const snapshot = await readMergeSnapshot(reading.cache, reading.contentDir, name);
    if (snapshot !== undefined) merger.resume(snapshot, analyses);
  }
  const merged = merger.merge(analyses);
  if (!reading.remember) await writeMergeSnapshot(reading.cache, reading.contentDir, name, () => merger.snapshot());
  return merged;
}

/** Everything read from a content folder: articles, their analyses, the merged events. */
export interface ContentReading {
  articles: Article[];
  /** `analyses[i]` is the analysis of `articles[i]`. */
  analyses: ArticleAnalysis[];
  merged: MergedEvents;
  knowledge: Knowledge;
  /** `edits[i]` is what the editors' `events:` of `articles[i]` changed in its analysis. */
  edits: OverrideChange[][];
  warnings: Diagnostic[];
}

/**
 * Load, check, analyse and merge a content folder: the one pipeline behind the site and
 * `entente check --events`. Throws an `EntenteContentError` when any file has an error.
 *
 * @example
 * (await readContent('content')).analyses[0].outcomes[0] //=> { candidate: 0 }
 */
export async function readContent(contentDir: string, options: ReadOptions = {}): Promise<ContentReading> {
  // The knowledge first: it is part of every cached article's key.
  const known = await loadKnowledge(contentDir);
  // The analyses read back from the cache, received from the analysis workers or made here share
  // their strings: copies of them were most of a large site's memory (see string-pool.ts).
  const pool = new StringPool();
  const cacheSetting = options.cache ?? cacheSettingFromEnv();
  const cache = await openArticleCache(cacheSetting, contentDir, known.knowledge, { remember: options.remember === true, pool });
  /** Each article as read: from the cache with its analysis, or parsed now with the bytes to store it by. */
  const reads = new Map<Article, { reading: CachedReading; bytes: Uint8Array }>();
  const context = createAnalysisContext(known.knowledge);
  /** The articles to analyse, known once every file is read; and those analysed before, told then. */
  let toAnalyse: ReadonlySet<Article> | undefined;
  const analysedEarly: Article[] = [];
  /** Tells `onProgress` of one more article read, once their number is known. */
  let progress = (): void => {};
  // The articles the cache does not hold are analysed as they are read (see `startAnalysis`),
  // unless the knowledge has errors: nothing is analysed then, and no worker is started (see below).
  const analysis = hasErrors(known.diagnostics)
    ? undefined
    : startAnalysis({
        knowledge: known.knowledge,
        context,
        workers: (articles) => poolSize(articles),
        onAnalysed: (article, analysed) => {
          pool.intern(analysed);
          const entry = reads.get(article);
          if (entry !== undefined) cache?.set(entry.bytes, { ...entry.reading, analysis: analysed });
          if (toAnalyse === undefined) analysedEarly.push(article);
          else if (toAnalyse.has(article)) progress();
        },
      });
  const articlesDir = join(contentDir, 'articles');
  const files = options.remember === true ? unchangedFiles(articlesDir) : undefined;
  const readArticle: ReadArticle = cache
    ? readThrough(cache, true, (reading, bytes) => {
        reads.set(reading.article, { reading, bytes });
        if (reading.analysis === undefined) analysis?.add(reading.article);
      })
    : (bytes, path, id) => {
        const parsed = parseArticle(bytes, path, { id });
        if (parsed.article !== undefined) analysis?.add(parsed.article);
        return parsed;
      };
  // Workers may be analysing from the first articles read: whatever ends the reading early (a
  // progress callback that throws, an internal error) stops them, so that the process can exit.
  const readAndAnalyse = async () => {
    const loaded = await loadArticles(articlesDir, readArticle, files?.read);
    files?.keep();
    const diagnostics = [...loaded.diagnostics, ...known.diagnostics];
    // Every reading depends on the knowledge: with an error there, reading on would report problems
    // that are not there, so the files' problems are all there is to say. Otherwise the articles
    // are read on, so that the editors' corrections in them are checked too and one run lists every
    // problem; a file with an error gave no article, and two articles with one id are set aside.
    if (hasErrors(known.diagnostics)) throwIfErrors(diagnostics.sort(compareDiagnostics));
    const broken = new Set(diagnostics.filter((diagnostic) => diagnostic.fatal).map((diagnostic) => diagnostic.file));
    const articles = loaded.articles.filter((article) => !broken.has(article.path));
    const cached = articles.map((article) => reads.get(article)?.reading.analysis);
    const misses = articles.filter((_, index) => cached[index] === undefined);
    let analysed = 0;
    progress = () => options.onProgress?.((analysed += 1), articles.length, cache?.hits ?? 0);
    // The cache hits were counted as the articles were loaded: they are told first, then those
    // analysed while the others were read (not those set aside), the rest as each is done.
    toAnalyse = new Set(misses);
    for (const hit of cached) if (hit !== undefined) progress();
    for (const article of analysedEarly) if (toAnalyse.has(article)) progress();
    // Set: the knowledge has no errors here.
    const fresh = await analysis!.finish(misses);
    return { articles, cached, diagnostics, fresh };
  };
  let done: Awaited<ReturnType<typeof readAndAnalyse>>;
  try {
    done = await readAndAnalyse();
  } catch (error) {
    await analysis?.abort();
    throw error;
  }
  const { articles, cached, diagnostics, fresh } = done;
  let next = 0;
  const read = cached.map((hit) => hit ?? fresh[next++]!);
  await cache?.close();
  // An editor may name an event by the id of its address, which only merging gives: merge what
  // was read once more, only when some article corrects its events.
  const remember = options.remember === true;
  const mergers = mergersFor(contentDir, remember);
  const reading = { contentDir, cache: cacheSetting, fresh: mergers.fresh, remember };
  const before = articles.some((article) => article.eventOverrides.length > 0) ? await mergeThrough(mergers.before, read, 'before', reading) : undefined;
  const overridden = articles.map((article, index) =>
    applyOverrides(read[index]!, article, {
      ...known.knowledge,
      gazetteer: context.gazetteer,
      relations: context.relations,
      eventIds: before?.eventIdsByArticle.get(article.id) ?? [],
    }),
  );
  diagnostics.push(...overridden.flatMap((result) => result.diagnostics));
  diagnostics.sort(compareDiagnostics);
  throwIfErrors(diagnostics);
  // After the corrections, so that an event an editor joined to a known event lasts as long as it.
  const analyses = overridden.map((result) => withKnownEventEnds(result.analysis, known.knowledge.knownEvents));
  return {
    articles,
    analyses,
    merged: await mergeThrough(mergers.after, analyses, 'after', reading),
    knowledge: known.knowledge,
    edits: overridden.map((result) => result.changes),
    warnings: diagnostics,
  };
}

