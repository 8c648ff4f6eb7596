/**
 * The kinds of text Entente reads, each with the way it tells time. One list from which the
 * frontmatter schema, the messages and the genre rules are built.
 */
export const GENRES = ['news', 'reference', 'speech', 'statement'] as const;

export type Genre = (typeof GENRES)[number];

/**
 * How a genre places dates the text leaves underspecified (HeidelTime's document types): news,
 * speeches and statements from their publication date, reference pages (history, encyclopedias)
 * from the time the narrative has reached.
 */
export const GENRE_READING: Readonly<Record<Genre, 'news' | 'narrative'>> = {
  news: 'news',
  reference: 'narrative',
  speech: 'news',
  statement: 'news',
};
