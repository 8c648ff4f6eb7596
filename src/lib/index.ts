/**
 * Entente's library: articles in, dated events and timelines out. Pure TypeScript with no Astro
 * imports, so the site, the CLI and the tests all use the same code.
 */
export { loadArticles, parseArticle } from './article/index.ts';
export type { Article, Block, ArticleSentence } from './article/index.ts';
export { tagTimexes } from './dates/index.ts';
export type { Timex, TimexMod, TimexType } from './dates/timex.ts';
export { datePrecision } from './dates/precision.ts';
export type { DatePrecision } from './dates/precision.ts';
export { dayInterval } from './dates/interval.ts';
export { EntenteContentError, formatDiagnostic } from './diagnostics.ts';
export type { Diagnostic } from './diagnostics.ts';
export { analyseArticle } from './events/analyse.ts';
export type { ArticleAnalysis } from './events/analyse.ts';
export { mergeEvents, compareEvents } from './events/merge.ts';
export type {
  Actor,
  ActorKind,
  EventDate,
  EventKind,
  EventSource,
  EventType,
  TimelineEvent,
} from './events/model.ts';
export { eventsDocument } from './export/events-json.ts';
export type { EventsDocument } from './export/events-json.ts';
export { buildSiteData } from './site-data.ts';
export type { SiteArticle, SiteData } from './site-data.ts';
export { formatEventDate } from './timeline/format-date.ts';
export { groupTimeline } from './timeline/group.ts';
export type { Timeline } from './timeline/group.ts';
export { sortArticles } from './timeline/sort-articles.ts';
export type { BlockView, TextSegment } from './timeline/article-view.ts';
