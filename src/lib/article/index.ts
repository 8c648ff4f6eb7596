/**
 * Articles: markdown files with YAML frontmatter → validated, positioned `Article`s.
 */
export { loadArticles, listArticleFiles } from './load.ts';
export { parseArticle } from './parse.ts';
export type { Article, ParseArticleOptions } from './parse.ts';
export { pointInBlock } from './blocks.ts';
export type { Block, BlockSegment } from './blocks.ts';
export type { ArticleSentence } from './sentences.ts';
export type { Point } from './positions.ts';
export { articleId } from './id.ts';
export { frontmatterSchema, calendarDateSchema } from './schema.ts';
export type { Frontmatter } from './schema.ts';
