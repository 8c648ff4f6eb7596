import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/index.ts';
import { analyseArticle, createAnalysisContext } from './analyse.ts';
import { mergeEvents } from './merge.ts';

function analysed(id: string, date: string, body: string) {
  const { article, diagnostics } = parseArticle(
    Buffer.from(`---\ntitle: "${id}"\ndate: ${date}\n---\n\n${body}\n`),
    `${id}.md`,
  );
  if (!article) throw new Error(diagnostics.map((diagnostic) => diagnostic.reason).join('\n'));
  return analyseArticle(article, createAnalysisContext({ actors: [], knownEvents: [] }));
}

describe('mergeEvents', () => {
  it('returns one event with several sources when articles tell the same happening', () => {
    const { events } = mergeEvents([
      analysed('hk-a', '2017-06-30', 'Britain handed Hong Kong back to China in 1997.'),
      analysed('hk-b', '2022-07-01', 'London handed Hong Kong back to China in 1997, ending 156 years of British rule.'),
    ]);
    const handovers = events.filter((event) => event.date.value === '1997');
    expect(handovers).toHaveLength(1);
    expect(handovers[0]?.sources.map((source) => source.articleId)).toEqual(['hk-a', 'hk-b']);
  });

  it('returns the more precise date when a year and a day tell the same happening', () => {
    const { events } = mergeEvents([
      analysed('hk-year', '2017-06-30', 'Britain handed Hong Kong back to China in 1997.'),
      analysed('hk-day', '2017-06-30', 'Britain handed Hong Kong back to China on 1 July 1997.'),
    ]);
    expect(events.map((event) => event.date)).toEqual([{ value: '1997-07-01', precision: 'day' }]);
  });

  it('returns one event when a later sentence goes on about the happening without naming anyone', () => {
    const { events } = mergeEvents([
      analysed('summit', '2023-11-16', 'Xi Jinping met Joe Biden in California on Wednesday. The meeting on Wednesday lasted four hours.'),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.sources).toHaveLength(2);
  });

  it('returns separate events for different happenings on the same day', () => {
    const { events } = mergeEvents([
      analysed('a', '2024-10-18', 'Lammy met Wang Yi in Beijing on Friday. Human Rights Watch on Friday urged Lammy to defend rights.'),
    ]);
    expect(events.filter((event) => event.date.value === '2024-10-18')).toHaveLength(2);
  });

  it('returns the merged event ids for each article’s candidates', () => {
    const first = analysed('hk-a', '2017-06-30', 'Britain handed Hong Kong back to China in 1997.');
    const { events, eventIdsByArticle } = mergeEvents([first]);
    expect(eventIdsByArticle.get('hk-a')).toEqual(events.map((event) => event.id));
  });

  describe('edge cases', () => {
    it('returns the same ids whatever order the articles come in', () => {
      const a = analysed('a', '2024-10-18', 'Lammy met Wang Yi in Beijing on Friday.');
      const b = analysed('b', '2020-07-01', 'Beijing imposed a national security law on Hong Kong in 2020.');
      const ids = (analyses: typeof a[]) => mergeEvents(analyses).events.map((event) => event.id);
      expect(ids([a, b])).toEqual(ids([b, a]));
    });
  });
});
