import type { TimexType } from '../dates/timex.ts';
import type { ArticleAnalysis } from '../events/analyse.ts';
import { blockAnchor } from '../events/mentions.ts';
import type { ArticleText } from '../events/mentions.ts';

/** A run of an article's text: plain, or a recognised date (linked to its event when it dates one). */
export type TextSegment =
  | { text: string }
  | { text: string; date: { value: string; type: TimexType; eventId?: string } };

export interface BlockView {
  kind: string;
  /** Fragment id, the target of source links. */
  anchor: string;
  depth?: number;
  segments: TextSegment[];
}

/**
 * An article's blocks cut into plain text and recognised dates, ready for a page to mark up
 * each date as `<time>` and link it to the event it dates.
 *
 * @example
 * const { article } = parseArticle(new TextEncoder().encode('---\ntitle: A\ndate: 2024-10-18\n---\nLammy met Wang Yi on Friday.'), 'a.md')
 * const analysis = analyseArticle(article, createAnalysisContext({ actors: [], knownEvents: [] }))
 * articleBlocks(article, analysis, ['2024-10-18-lammy-meets-wang-yi'])[0].segments
 * //=> [{ text: 'Lammy met Wang Yi on ' }, { text: 'Friday', date: { value: '2024-10-18', type: 'DATE', eventId: '2024-10-18-lammy-meets-wang-yi' } }, { text: '.' }]
 */
export function articleBlocks(article: { blocks: Blocks }, analysis: ArticleAnalysis, eventIds: readonly string[]): BlockView[] {
  const last = MADE.get(article.blocks);
  if (last?.mentions === analysis.mentions && last.outcomes === analysis.outcomes && sameIds(last.eventIds, eventIds)) return last.views;
  const views = makeBlocks(article.blocks, analysis, eventIds);
  MADE.set(article.blocks, { mentions: analysis.mentions, outcomes: analysis.outcomes, eventIds: [...eventIds], views });
  return views;
}

type Blocks = ReadonlyArray<ArticleText['blocks'][number] & { depth?: number }>;

/**
 * The views last made of each article's blocks, and what they were made from: a dev server keeps
 * each unchanged article's reading, blocks and all, and makes every article's views again after a
 * save (80 ms of each at 4,000 articles, and as much garbage to collect).
 */
const MADE = new WeakMap<Blocks, { mentions: ArticleAnalysis['mentions']; outcomes: ArticleAnalysis['outcomes']; eventIds: readonly string[]; views: BlockView[] }>();

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

function makeBlocks(blocks: Blocks, analysis: ArticleAnalysis, eventIds: readonly string[]): BlockView[] {
  return blocks.map((block, blockIndex) => {
    const segments: TextSegment[] = [];
    let at = 0;
    analysis.mentions.forEach((mention, index) => {
      if (mention.blockIndex !== blockIndex) return;
      if (mention.start > at) segments.push({ text: block.text.slice(at, mention.start) });
      const outcome = analysis.outcomes[index];
      const eventId = outcome && 'candidate' in outcome ? eventIds[outcome.candidate] : undefined;
      segments.push({
        text: block.text.slice(mention.start, mention.end),
        date: { value: mention.timex.value, type: mention.timex.type, ...(eventId ? { eventId } : {}) },
      });
      at = mention.end;
    });
    if (at < block.text.length) segments.push({ text: block.text.slice(at) });
    return { kind: block.kind, anchor: blockAnchor(block), ...(block.depth === undefined ? {} : { depth: block.depth }), segments };
  });
}
