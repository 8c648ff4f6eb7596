/**
 * Sentences of an article's blocks, each with its place in the file. The splitting itself is
 * `splitSentences` (src/lib/text/sentences.ts); this module only adds positions.
 */
import { splitSentences } from '../text/sentences.ts';
import { pointInBlock, type Block } from './blocks.ts';

/** One sentence of one block. `start`/`end` are UTF-16 offsets in the block's text, `end` exclusive. */
export interface ArticleSentence {
  /** Index of its block in `Article.blocks`. */
  blockIndex: number;
  start: number;
  end: number;
  text: string;
  /** Where the sentence starts in the file (1-based line and column, 0-based offset). */
  line: number;
  column: number;
  offset: number;
}

/**
 * Split every block into sentences, with file positions.
 *
 * @example
 * const { article } = parseArticle(new TextEncoder().encode('---\ntitle: A\ndate: 2024-10-18\n---\nHe left. She stayed.'), 'a.md')
 * blockSentences(article.blocks)[1]
 * //=> { blockIndex: 0, start: 9, end: 20, text: 'She stayed.', line: 5, column: 10, offset: 43 }
 */
export function blockSentences(blocks: readonly Block[]): ArticleSentence[] {
  return blocks.flatMap((block, blockIndex) =>
    splitSentences(block.text).map(({ start, end }) => {
      const { line, column, offset } = pointInBlock(block, start);
      return { blockIndex, start, end, text: block.text.slice(start, end), line, column, offset };
    }),
  );
}
