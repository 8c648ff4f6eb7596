import { tagTimexes } from '../dates/index.ts';
import type { Article } from '../article/index.ts';
import type { Timex } from '../dates/timex.ts';

/** What event building needs of an article: its date, its blocks of text and their sentences. */
export type ArticleText = Pick<Article, 'id' | 'title' | 'date' | 'genre' | 'url' | 'blocks' | 'sentences' | 'speaker' | 'source'>;

/** A temporal expression in an article, placed in its block and sentence. */
export interface DateMention {
  timex: Timex;
  blockIndex: number;
  sentenceIndex: number;
  /** UTF-16 offsets into the block's text, `end` exclusive. */
  start: number;
  end: number;
}

/**
 * The fragment id of a block on its article's page, from the line it starts on: a link to it
 * stays right as long as the article's text above it is unchanged.
 */
export function blockAnchor(block: { position: { line: number } }): string {
  return `L${block.position.line}`;
}

/** Blocks are joined with a blank line so a sentence never runs across two of them. */
const BLOCK_SEPARATOR = '\n\n';

/**
 * Every temporal expression of an article, tagged over the whole body at once so that relative
 * expressions ("the following day") can anchor on a date told in an earlier paragraph.
 */
export function findDateMentions(article: ArticleText): DateMention[] {
  const blockStarts: number[] = [];
  let offset = 0;
  for (const block of article.blocks) {
    blockStarts.push(offset);
    offset += block.text.length + BLOCK_SEPARATOR.length;
  }
  const body = article.blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
  const mentions: DateMention[] = [];
  for (const timex of tagTimexes(body, { dct: article.date, reading: article.genre.reading })) {
    const blockIndex = blockStarts.findLastIndex((start) => start <= timex.start);
    const blockStart = blockStarts[blockIndex] ?? 0;
    const start = timex.start - blockStart;
    const end = timex.end - blockStart;
    const sentenceIndex = article.sentences.findIndex(
      (sentence) => sentence.blockIndex === blockIndex && sentence.start <= start && start < sentence.end,
    );
    if (sentenceIndex === -1) continue;
    mentions.push({ timex, blockIndex, sentenceIndex, start, end });
  }
  return mentions;
}
