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
export { analyseArticle, createAnalysisContext } from './events/analyse.ts';
export type { ArticleAnalysis } from './events/analyse.ts';
export { mergeEvents, compareEvents } from './events/merge.ts';
export { eventSpan, withEnd } from './events/event-date.ts';
export { DROPPED_BY_EDITOR_RULE, RELATION_BY_EDITOR_RULE, applyOverrides } from './events/overrides.ts';
export { RELATION_SIDE_RULES, RELATION_TYPE_RULES, articlePair, codeRelation, relationOf } from './events/relation-rules.ts';
export type { RelationCoding, RelationContext, RelationInput, RelationTypeRule } from './events/relation-rules.ts';
export type { OverrideChange, OverrideKnowledge, OverrideResult } from './events/overrides.ts';
export type {
  Actor,
  ActorKind,
  EditKind,
  EventDate,
  EventKind,
  EventSource,
  EventType,
  Relation,
  TimelineEvent,
} from './events/model.ts';
export { eventsDocument } from './export/events-json.ts';
export type { EventsDocument } from './export/events-json.ts';
export { eventsJsonSchema, eventsDocumentSchema, relationSchema, timelineEventSchema } from './export/events-schema.ts';
export type { EventsJsonSchemaOptions } from './export/events-schema.ts';
export { eventsCalendar, eventsCalendarParts } from './export/ics.ts';
export type { EventsCalendarOptions } from './export/ics.ts';
export { eventsCsv, eventsCsvParts, EVENTS_CSV_COLUMNS } from './export/csv.ts';
export { jsonFileParts } from './export/json-file.ts';
export { batchedParts } from './export/batched-parts.ts';
export type { EventsCsvOptions } from './export/csv.ts';
export { timelineJsDocument, timelineJsParts } from './export/timelinejs.ts';
export type { TimelineJsDate, TimelineJsDocument, TimelineJsOptions, TimelineJsSlide, TimelineJsText } from './export/timelinejs.ts';
export { buildSiteData } from './site-data.ts';
export type { SiteArticle, SiteData } from './site-data.ts';
export { eventDateParts, formatEventDate, formatEventDateRange } from './timeline/format-date.ts';
export type { DatePart, EventDateParts } from './timeline/format-date.ts';
export { htmlDatetime } from './timeline/html-datetime.ts';
export { groupTimeline } from './timeline/group.ts';
export type { Timeline } from './timeline/group.ts';
export { eventItemHtml, eventItemRenderer } from './timeline/event-item-html.ts';
export type { EventHeadingLevel, EventItemLinks } from './timeline/event-item-html.ts';
export { sortArticles } from './timeline/sort-articles.ts';
export { SOURCES_QUOTED, sourceListing } from './timeline/event-sources.ts';
export type { BlockView, TextSegment } from './timeline/article-view.ts';
export { loadKnowledge } from './knowledge/load.ts';
export type { Era, KnownActor, KnownEvent, Knowledge } from './knowledge/load.ts';
export { createGazetteer } from './events/gazetteer.ts';
export { timelineOrder } from './timeline/order.ts';
export { wholeNumberSetting } from './whole-number-setting.ts';
export type { TimelineOrder } from './timeline/order.ts';
export type { DecadeGroup, EraMark, TimelineOptions, YearGroup } from './timeline/group.ts';
export { facetLabel, timelineFacets } from './timeline/facets.ts';
export type { ActorFacet, Facet, TimelineFacets } from './timeline/facets.ts';
export { eventYear, yearPages } from './timeline/year-pages.ts';
export type { YearPage } from './timeline/year-pages.ts';
export { ARTICLES_PER_PAGE, EVENTS_PER_PAGE, pageParam, pageSize, paginate, paginateEvents } from './timeline/paginate.ts';
export type { EventsPage, ListPage } from './timeline/paginate.ts';
export { listPages, listPageTitle, periodSlug } from './timeline/period-pages.ts';
export type { EventsListPage, ListPageView, ListPeriod, OverviewListPage } from './timeline/period-pages.ts';
export { FULL_TIMELINE_MAX_EVENTS, LATEST_EVENTS, LIST_LATEST_EVENTS, timelineOverview } from './timeline/overview.ts';
export type { OverviewDecade, OverviewYear, TimelineOverview } from './timeline/overview.ts';
export { eventNeighbours } from './timeline/neighbours.ts';
export type { EventNeighbours } from './timeline/neighbours.ts';
export { clipText, countOf, eventDescription } from './timeline/describe.ts';
export { jsonLdScript } from './structured-data/json-ld.ts';
export { schemaDates } from './structured-data/schema-date.ts';
export type { SchemaDates } from './structured-data/schema-date.ts';
export { eventJsonLd } from './structured-data/event-json-ld.ts';
export type { EventJsonLdOptions } from './structured-data/event-json-ld.ts';
export { articleJsonLd } from './structured-data/article-json-ld.ts';
export type { ArticleJsonLdEvent } from './structured-data/article-json-ld.ts';
export { EVENT_RULES } from './events/event-rules.ts';
export type { EventRule } from './events/event-rules.ts';
export { FEED_ARTICLES, articleFeedItem } from './structured-data/feed-item.ts';
export type { FeedItem } from './structured-data/feed-item.ts';
export { articlesWithEvents } from './timeline/article-events.ts';
export { readContent } from './site-data.ts';
export type { ContentReading } from './site-data.ts';
export { reviewReport } from './review.ts';
export type { ArticleReview, PublicationDate, ReviewEntry, ReviewHeadline, ReviewOutcome, ReviewReport, RuleReference } from './review.ts';
export { reviewDocument } from './export/review-json.ts';
export type { ReviewDocument } from './export/review-json.ts';
export { reviewDocumentSchema, reviewJsonSchema } from './export/review-schema.ts';
export { ruleCatalogue } from './rules.ts';
export type { RuleEntry, RuleFamily } from './rules.ts';
export { MERGE_RULES, MERGED_DATE_RULE } from './events/merge-rules.ts';
export type { MergeRule, MergeVerdict } from './events/merge-rules.ts';
export type { MergeDecision, MergedEvents } from './events/merge.ts';
export { QUAD_CLASSES, PLOVER_TYPES } from './vocabulary.ts';
export type { PloverType, QuadClass } from './vocabulary.ts';
export { MIN_PAIR_EVENTS, pairId, relationPairs } from './relations/pairs.ts';
export type { PairActor, RelationPair } from './relations/pairs.ts';
export { MAX_MONTHLY_YEARS, MONTHLY_ABOVE_EVENTS_A_YEAR, ROW_EVENTS, chartRows, relationChart } from './relations/chart.ts';
export type { BinSize, ChartBand, ChartBar, ChartRow, ChartSegment, ChartTick, RelationChart } from './relations/chart.ts';
export { STRIP_CLASSES, timeStrip } from './timeline/time-strip.ts';
export type { StripClass, StripDecade, StripYear, TimeStrip } from './timeline/time-strip.ts';
