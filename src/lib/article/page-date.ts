/**
 * A publication date the page itself states ("Published 3 May 2019", a dateline "Brussels,
 * 20 September 2012", "OCTOBER 27, 2023" on a line of its own), for an article whose frontmatter
 * has none. Only the page's first and last lines are looked at: that is where publishers put them.
 */
import { tagTimexes } from '../dates/index.ts';
import type { Block } from './blocks.ts';

/** A line that announces its date as the page's ("Published:", "Posted on", "Date:"); "Updated" is not publication. */
const PUBLICATION_WORD = /^\(?\s*(?:first\s+)?(?:published|posted|issued|date)\b/iu;
/** A line with no sentence of its own: a dateline or a date printed above the text. */
const LABEL_WORDS_MAX = 8;
const EDGE_BLOCKS = 3;
const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** The page's own statement of its date, if it makes one: the day and the block that says it. */
export interface PageDate {
  date: string;
  blockIndex: number;
}

/** Whether a paragraph is a label line: short, not a sentence (no closing stop), outside lists and tables. */
export function isLabelLine(block: Pick<Block, 'kind' | 'text' | 'container'>): boolean {
  return (
    block.kind === 'paragraph' &&
    block.container === undefined &&
    !/[.!?:;"”’)]\s*$/u.test(block.text) &&
    block.text.split(/\s+/u).length <= LABEL_WORDS_MAX
  );
}

/**
 * @example
 * pageDate([{ kind: 'paragraph', text: 'Brussels, 20 September 2012' }])
 * //=> { date: '2012-09-20', blockIndex: 0 }
 */
export function pageDate(blocks: ReadonlyArray<Pick<Block, 'kind' | 'text' | 'container'>>): PageDate | undefined {
  const edges = [...blocks.keys()].filter((index) => index < EDGE_BLOCKS || index >= blocks.length - EDGE_BLOCKS);
  for (const blockIndex of edges) {
    const block = blocks[blockIndex]!;
    if (!PUBLICATION_WORD.test(block.text) && !isLabelLine(block)) continue;
    // Page furniture often prints month names in capitals ("OCTOBER 27, 2023"): read them as words, same length.
    const text = block.text.replace(/\b(\p{Lu})(\p{Lu}{2,})\b/gu, (_, first: string, rest: string) => first + rest.toLowerCase());
    const day = tagTimexes(text, {}).find((timex) => timex.type === 'DATE' && DAY.test(timex.value));
    if (day) return { date: day.value, blockIndex };
  }
  return undefined;
}
