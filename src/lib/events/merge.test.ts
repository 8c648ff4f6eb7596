import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/index.ts';
import { sampleEvent } from '../export/_lib/sample-event.ts';
import { analyseArticle, createAnalysisContext } from './analyse.ts';
import type { ArticleAnalysis } from './analyse.ts';
import { withEnd } from './event-date.ts';
import { compareEvents, mergeEvents } from './merge.ts';
import type { EventDate } from './model.ts';

function analysed(id: string, date: string, body: string) {
  const { article, diagnostics } = parseArticle(
    Buffer.from(`---\ntitle: "${id}"\ndate: ${date}\n---\n\n${body}\n`),
    `${id}.md`,
  );
  if (!article) throw new Error(diagnostics.map((diagnostic) => diagnostic.reason).join('\n'));
  return analyseArticle(article, createAnalysisContext({ actors: [], knownEvents: [] }));
}

/** An article that tells one known event at `date`, whatever extraction makes of prose. */
function toldAt(articleId: string, date: EventDate): ArticleAnalysis {
  const { id: _id, ...event } = sampleEvent({ date, title: 'Nixon visits China' });
  const sources = event.sources.map((source) => ({ ...source, articleId }));
  return { articleId, mentions: [], candidates: [{ ...event, sources, knownEventId: 'nixon-visit' }], outcomes: [] };
}

const NIXON_ARRIVES: EventDate = { value: '1972-02-21', precision: 'day' };

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

  it('returns separate events for a year-precision statement and a day-precision meeting of the same people', () => {
    const { events } = mergeEvents([
      analysed('meeting', '2024-03-06', 'Former Prime Minister David Cameron met Premier Li Qiang in London on 5 March 2024.'),
      analysed('statement', '2024-12-01', 'David Cameron said in 2024 that Britain and China must talk.'),
    ]);
    expect(events.map((event) => event.date.value)).toEqual(['2024', '2024-03-05']);
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

  it('returns the end of a range when one source at the merged date gives it', () => {
    const { events } = mergeEvents([toldAt('a', NIXON_ARRIVES), toldAt('b', withEnd(NIXON_ARRIVES, '1972-02-28')), toldAt('c', NIXON_ARRIVES)]);
    expect(events).toHaveLength(1);
    expect(events[0]?.date).toEqual({ value: '1972-02-21', precision: 'day', end: '1972-02-28', endPrecision: 'day' });
  });

  it('returns no end when only a coarser date than the merged one gives it', () => {
    const { events } = mergeEvents([toldAt('a', NIXON_ARRIVES), toldAt('b', withEnd({ value: '1972', precision: 'year' }, '1973'))]);
    expect(events[0]?.date).toEqual(NIXON_ARRIVES);
  });

  describe('edge cases', () => {
    it('returns the end most sources give, the earliest when they are as many, whatever order the articles come in', () => {
      const articles = [toldAt('a', withEnd(NIXON_ARRIVES, '1972-02-29')), toldAt('b', withEnd(NIXON_ARRIVES, '1972-02-28'))];
      expect(mergeEvents(articles).events[0]?.date.end).toBe('1972-02-28');
      expect(mergeEvents([...articles].reverse()).events[0]?.date.end).toBe('1972-02-28');
      const most = [...articles, toldAt('c', withEnd(NIXON_ARRIVES, '1972-02-29'))];
      expect(mergeEvents(most).events[0]?.date.end).toBe('1972-02-29');
    });

    it('returns the same events whatever order overlapping articles come in', () => {
      const articles = [
        analysed('a', '2021-03-12', 'President Xi Jinping signed the accord with Prime Minister Boris Johnson on 10 March 2021.'),
        analysed('b', '2021-03-12', 'President Xi Jinping signed the accord with Prime Minister Boris Johnson on 11 March 2021.'),
        analysed('c', '2021-12-30', 'President Xi Jinping and Prime Minister Boris Johnson signed the accord in March 2021.'),
      ];
      const orders = [[0, 1, 2], [2, 1, 0], [1, 2, 0], [1, 0, 2]];
      const results = orders.map((order) => mergeEvents(order.map((index) => articles[index]!)).events);
      for (const events of results) expect(events).toEqual(results[0]);
      expect(results[0]).toHaveLength(1);
      expect(results[0]?.[0]?.datesDisagree).toEqual(['2021-03-10', '2021-03-11']);
    });
  });
});

describe('compareEvents', () => {
  const event = (title: string, date: EventDate) => ({ title, date });

  it('returns events in order of the first day they cover, a range by its start', () => {
    const events = [
      event('June', { value: '1972-06-01', precision: 'day' }),
      event('Visit', withEnd(NIXON_ARRIVES, '1973-03')),
      event('January', { value: '1972-01', precision: 'month' }),
    ];
    expect([...events].sort(compareEvents).map((each) => each.title)).toEqual(['January', 'Visit', 'June']);
  });

  it('returns a range before a single day it starts on', () => {
    const events = [event('Arrival', NIXON_ARRIVES), event('Visit', withEnd(NIXON_ARRIVES, '1972-02-28'))];
    expect([...events].sort(compareEvents).map((each) => each.title)).toEqual(['Visit', 'Arrival']);
  });
});
