import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/index.ts';
import { analyseArticle, createAnalysisContext } from '../events/analyse.ts';
import { articleBlocks } from './article-view.ts';

const { article } = parseArticle(new TextEncoder().encode('---\ntitle: A\ndate: 2024-10-18\n---\nLammy met Wang Yi on Friday.'), 'a.md');
const analysis = analyseArticle(article!, createAnalysisContext({ actors: [], knownEvents: [] }));
const linkedTo = (views: ReturnType<typeof articleBlocks>) => views[0]?.segments.flatMap((segment) => ('date' in segment ? [segment.date.eventId] : []));

describe('articleBlocks', () => {
  it('gives the views made last time for the same reading and events, as a dev server asks after every save', () => {
    const first = articleBlocks(article!, analysis, ['2024-10-18-lammy-meets-wang-yi']);
    expect(articleBlocks({ ...article! }, analysis, ['2024-10-18-lammy-meets-wang-yi'])).toBe(first);
  });

  it('links the date to the event merging names now, not to the one it named before', () => {
    articleBlocks(article!, analysis, ['2024-10-18-lammy-meets-wang-yi']);
    expect(linkedTo(articleBlocks(article!, analysis, ['2024-10-18-lammy-meets-wang-yi-2']))).toEqual(['2024-10-18-lammy-meets-wang-yi-2']);
  });

  it('makes the views again for another reading of the same text', () => {
    // An editor's correction drops the event the date gave.
    const again = { ...analysis, outcomes: analysis.outcomes.map(() => ({ rejectedBy: 'editor' })) };
    expect(linkedTo(articleBlocks(article!, again, ['2024-10-18-lammy-meets-wang-yi']))).toEqual([undefined]);
  });
});
