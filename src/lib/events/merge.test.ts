import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valuesNest } from '../dates/interval.ts';
import { datePrecision } from '../dates/precision.ts';
import { parseArticle } from '../article/index.ts';
import { sampleEvent } from '../export/_lib/sample-event.ts';
import { analyseArticle, createAnalysisContext } from './analyse.ts';
import type { ArticleAnalysis } from './analyse.ts';
import { withEnd } from './event-date.ts';
import { contentWords } from './keywords.ts';
import { EventMerger, compareEvents, mergeEvents } from './merge.ts';
import type { MergeSnapshot } from './merge.ts';
import { MERGED_DATE_RULE, MERGE_RULES, isAgent, mayJoin, mergePair, mergeRuleFor } from './merge-rules.ts';
import type { Actor, CandidateEvent, EventDate, EventType } from './model.ts';

function analysed(id: string, date: string, body: string, context = createAnalysisContext({ actors: [], knownEvents: [] })) {
  const { article, diagnostics } = parseArticle(
    Buffer.from(`---\ntitle: "${id}"\ndate: ${date}\n---\n\n${body}\n`),
    `${id}.md`,
  );
  if (!article) throw new Error(diagnostics.map((diagnostic) => diagnostic.reason).join('\n'));
  return analyseArticle(article, context);
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

  it('joins tellings a few days apart across the end of a year, and a decade to a day in it, wherever merging files them', () => {
    const { events } = mergeEvents([
      analysed('year-end-a', '2024-01-10', 'Xi Jinping met Joe Biden in Beijing on 29 December 2023.'),
      analysed('year-end-b', '2024-01-12', 'Xi Jinping met Joe Biden in Beijing on 3 January 2024.'),
      analysed('decade-a', '2001-05-01', 'Britain handed Hong Kong back to China on 1 July 1997.'),
      analysed('decade-b', '2001-05-02', 'Britain handed Hong Kong back to China in the 1990s.'),
    ]);
    expect(events.map((event) => [event.date.value, event.sources.length])).toEqual([
      ['1997-07-01', 2],
      ['2023-12-29', 2],
    ]);
  });

  it('joins, through headline words alone, another article’s telling of a month to one of a day late in it [coarser-date]', () => {
    const told = (articleId: string, value: string): ArticleAnalysis => ({
      articleId,
      mentions: [],
      candidates: [telling(articleId, { date: { value, precision: datePrecision(value)! }, actors: [], title: 'Trade talks open in Geneva' })],
      outcomes: [],
    });
    const { events } = mergeEvents([told('month', '2021-03'), told('day', '2021-03-28')]);
    expect(events.map((event) => [event.date.value, event.sources.length])).toEqual([['2021-03-28', 2]]);
  });

  it('joins two tellings of a winter that spans two centuries, filed under no shorter period', () => {
    const { events } = mergeEvents([
      analysed('winter-a', '2001-05-01', 'Britain and China signed a trade deal in the winter of 1999.'),
      analysed('winter-b', '2001-05-02', 'Britain and China signed a trade deal in the winter of 1999.'),
    ]);
    expect(events.map((event) => [event.date.value, event.sources.length])).toEqual([['1999-WI', 2]]);
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

  it('returns, for each telling joined into an event, the rule that joined it', () => {
    const { events, merges } = mergeEvents([toldAt('a', NIXON_ARRIVES), toldAt('b', NIXON_ARRIVES)]);
    expect(merges).toEqual([{ eventId: events[0]?.id, articleId: 'b', candidateIndex: 0, line: 7, column: 1, rule: 'same-known-event' }]);
  });

  it('returns separate events for two sentences of one article that name different people besides a shared one [article-other-people]', () => {
    const context = createAnalysisContext({ actors: [{ id: 'ding-xuexiang', name: 'Ding Xuexiang', kind: 'person', aliases: [] }], knownEvents: [] });
    const { events, merges } = mergeEvents([analysed('a', '2024-10-18', 'Lammy praised Wang Yi on Friday. Lammy praised Ding Xuexiang on Friday.', context)]);
    expect(events.map((event) => event.title)).toEqual(['Lammy praises Ding Xuexiang', 'Lammy praises Wang Yi']);
    expect(merges).toEqual([]);
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

/** A telling for the merge rules, shaped like the seed's Lammy–Wang meeting; override any field. */
function telling(articleId: string, overrides: Partial<CandidateEvent> & { dateText?: string } = {}): CandidateEvent {
  const { id: _id, sources, ...event } = sampleEvent();
  const { dateText = 'on Friday', ...fields } = overrides;
  return { ...event, sources: sources.map((source) => ({ ...source, articleId, dateText })), ...fields };
}

/** The rule that decides whether `candidate` joins the event `members` started, and how. */
function decide(members: readonly [CandidateEvent, ...CandidateEvent[]], candidate: CandidateEvent) {
  const actors = members.flatMap((member) => member.actors);
  const group = {
    candidates: members,
    words: new Set(members.flatMap((member) => [...contentWords(member.title)])),
    date: members[0].date,
    actorIds: new Set(actors.map((actor) => actor.id)),
    agentIds: new Set(actors.filter(isAgent).map((actor) => actor.id)),
    ...(members[0].knownEventId === undefined ? {} : { knownEventId: members[0].knownEventId }),
  };
  const decision = mergeRuleFor(mergePair(group, candidate, contentWords(candidate.title)));
  return decision && { rule: decision.rule.id, verdict: decision.verdict };
}

const LAMMY: Actor = { id: 'david-lammy', name: 'David Lammy', kind: 'person' };
const WANG: Actor = { id: 'wang-yi', name: 'Wang Yi', kind: 'person' };
const DING: Actor = { id: 'ding-xuexiang', name: 'Ding Xuexiang', kind: 'person' };
const UK: Actor = { id: 'united-kingdom', name: 'United Kingdom', kind: 'country' };
const CHINA: Actor = { id: 'china', name: 'China', kind: 'country' };
const HRW: Actor = { id: 'human-rights-watch', name: 'Human Rights Watch', kind: 'organisation' };
const DAY: EventDate = { value: '2024-10-18', precision: 'day' };

describe('MERGE_RULES', () => {
  it('returns rules with distinct ids and a reason each', () => {
    expect(new Set(MERGE_RULES.map((rule) => rule.id)).size).toBe(MERGE_RULES.length);
    for (const rule of MERGE_RULES) expect(rule.reason).not.toBe('');
  });

  it('joins two tellings of one known event whatever their dates, and no other telling to it [same-known-event]', () => {
    const known = telling('a', { knownEventId: 'nixon-visit', date: NIXON_ARRIVES });
    expect(decide([known], telling('b', { knownEventId: 'nixon-visit', date: { value: '1972', precision: 'year' } }))).toEqual({ rule: 'same-known-event', verdict: 'same' });
    expect(decide([known], telling('b', { date: NIXON_ARRIVES }))).toEqual({ rule: 'same-known-event', verdict: 'different' });
  });

  it('keeps apart meetings with different people present, and statements by different speakers [agents-differ]', () => {
    expect(decide([telling('a')], telling('b', { title: 'Lammy meets Ding Xuexiang', actors: [LAMMY, DING] }))).toEqual({ rule: 'agents-differ', verdict: 'different' });
    const statement = { type: 'statement', title: 'Lammy urges talks' } as const;
    expect(decide([telling('a', { ...statement, actors: [LAMMY] })], telling('b', { ...statement, actors: [HRW, LAMMY] }))).toEqual({
      rule: 'agents-differ',
      verdict: 'different',
    });
  });

  it('keeps apart tellings in other articles that share none of their parties with a telling already joined [parties-differ]', () => {
    const INDONESIA: Actor = { id: 'indonesia', name: 'Indonesia', kind: 'country' };
    const KENYA: Actor = { id: 'kenya', name: 'Kenya', kind: 'country' };
    const freeze = { type: 'other', date: DAY } as const;
    const indonesia = telling('a', { ...freeze, title: 'Indonesia freezes a loan programme', actors: [INDONESIA] });
    expect(decide([indonesia], telling('b', { ...freeze, title: 'Kenya freezes a loan programme', actors: [KENYA] }))).toEqual({ rule: 'parties-differ', verdict: 'different' });
    // A telling that names fewer of the parties, or none, is left to the other rules.
    expect(decide([telling('a', { actors: [LAMMY, WANG, CHINA] })], telling('b', { actors: [CHINA] }))?.rule).not.toBe('parties-differ');
    expect(decide([indonesia], telling('b', { ...freeze, title: 'A loan programme is frozen', actors: [] }))?.rule).not.toBe('parties-differ');
  });

  it('keeps apart two sentences of one article that name different people besides a shared one [article-other-people]', () => {
    const praise = { type: 'statement', date: DAY } as const;
    const wang = telling('a', { ...praise, title: 'Lammy praises Wang Yi', actors: [LAMMY, WANG] });
    const ding = telling('a', { ...praise, title: 'Lammy praises Ding Xuexiang', actors: [LAMMY, DING] });
    expect(decide([wang], ding)).toEqual({ rule: 'article-other-people', verdict: 'different' });
  });

  it('leaves a sentence that names no person to the other rules [article-other-people]', () => {
    const wang = telling('a', { type: 'statement', title: 'Lammy praises Wang Yi', actors: [LAMMY, WANG, CHINA] });
    expect(decide([wang], telling('a', { type: 'statement', title: 'China praises the talks', actors: [CHINA] }))?.rule).not.toBe('article-other-people');
  });

  it('joins undated tellings only across articles, on the same date, in the same words [unstated-date]', () => {
    const week: EventDate = { value: '2024-W42', precision: 'week' };
    const undated = (articleId: string) => telling(articleId, { date: week, dateText: '', title: 'Lammy meets Wang Yi' });
    expect(decide([undated('a')], undated('b'))).toEqual({ rule: 'unstated-date', verdict: 'same' });
    expect(decide([undated('a')], undated('a'))).toEqual({ rule: 'unstated-date', verdict: 'different' });
    expect(decide([undated('a')], telling('b', { date: week, title: 'Lammy meets Wang Yi' }))).toEqual({ rule: 'unstated-date', verdict: 'same' });
  });

  it('keeps apart two sentences of one article with different dates [article-one-date]', () => {
    expect(decide([telling('a')], telling('a', { date: { value: '2024-10-19', precision: 'day' } }))).toEqual({ rule: 'article-one-date', verdict: 'different' });
  });

  it('keeps apart two sentences of one article on the same date that tell different kinds of happening [article-two-kinds]', () => {
    expect(decide([telling('a')], telling('a', { type: 'visit', title: 'Lammy visits the Forbidden City with Wang Yi' }))).toEqual({
      rule: 'article-two-kinds',
      verdict: 'different',
    });
  });

  it('joins tellings on the same date with two actors in common, a person among them [shared-people]', () => {
    expect(decide([telling('a')], telling('b', { type: 'statement', title: 'Lammy tells Wang Yi of his hopes' }))).toEqual({ rule: 'shared-people', verdict: 'same' });
    expect(decide([telling('a')], telling('a', { type: 'statement', title: 'Lammy tells Wang Yi of his hopes' }))).toEqual({ rule: 'shared-people', verdict: 'same' });
  });

  it('joins two sentences of one article on the same kind of happening with an actor in common [article-shared-actor]', () => {
    expect(decide([telling('a')], telling('a', { title: 'Lammy holds talks at Diaoyutai', actors: [LAMMY, UK] }))).toEqual({ rule: 'article-shared-actor', verdict: 'same' });
  });

  it('joins a later sentence that goes on about the happening without naming anyone [article-goes-on]', () => {
    expect(decide([telling('a')], telling('a', { title: 'The meeting lasts four hours', actors: [] }))).toEqual({ rule: 'article-goes-on', verdict: 'same' });
  });

  it('joins headlines on the same date that share most of their words [same-words]', () => {
    const handover = { type: 'transfer', date: { value: '1997', precision: 'year' }, title: 'Britain hands Hong Kong back to China' } as const;
    expect(decide([telling('a', { ...handover, actors: [UK] })], telling('b', { ...handover, type: 'other', actors: [CHINA] }))).toEqual({
      rule: 'same-words',
      verdict: 'same',
    });
  });

  it('joins tellings in other articles on the same date of the same kind with two actors in common [same-date-same-kind]', () => {
    const law = { type: 'law' as const, title: 'Beijing imposes a security law', actors: [CHINA, UK] };
    expect(decide([telling('a', law)], telling('b', { ...law, title: 'New rules for the city' }))).toEqual({ rule: 'same-date-same-kind', verdict: 'same' });
  });

  it('joins a coarser date to a finer one only for the same kind of happening in the same words or by the same people [coarser-date]', () => {
    const year: EventDate = { value: '2024', precision: 'year' };
    expect(decide([telling('a')], telling('b', { date: year }))).toEqual({ rule: 'coarser-date', verdict: 'same' });
    expect(decide([telling('a')], telling('b', { date: year, type: 'statement', title: 'Lammy says talks matter' }))).toEqual({ rule: 'coarser-date', verdict: 'different' });
  });

  it('joins days at most a week apart in other articles for the same kind of happening with two actors in common [days-disagree]', () => {
    expect(decide([telling('a')], telling('b', { date: { value: '2024-10-21', precision: 'day' } }))).toEqual({ rule: 'days-disagree', verdict: 'same' });
    expect(decide([telling('a')], telling('b', { date: { value: '2024-10-28', precision: 'day' } }))).toBeUndefined();
  });
});

describe('MERGED_DATE_RULE', () => {
  it('returns the finest precision the sources give', () => {
    expect(MERGED_DATE_RULE.date([{ value: '1997', precision: 'year' }, { value: '1997-07-01', precision: 'day' }])).toEqual({ value: '1997-07-01', precision: 'day' });
  });

  it('returns the value most sources give, the earliest on a tie', () => {
    const day = (value: string): EventDate => ({ value, precision: 'day' });
    expect(MERGED_DATE_RULE.date([day('2020-07-01'), day('2020-06-30')])).toEqual(day('2020-06-30'));
    expect(MERGED_DATE_RULE.date([day('2020-07-01'), day('2020-06-30'), day('2020-07-01')])).toEqual(day('2020-07-01'));
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

describe('mayJoin', () => {
  const DATES = ['2024-10-18', '2024-10-24', '2024-10-31', '2024-11-02', '2024-12-30', '2025-01-03', '2024-W42', '2025-W01', '2024-10', '2024-Q4', '2024-FA', '2024-WI', '2024', '2025', '202X'].map(
    (value): EventDate => ({ value, precision: datePrecision(value)! }),
  );
  const tellingArbitrary = fc
    .record({
      article: fc.constantFrom('a', 'b', 'c'),
      date: fc.constantFrom(...DATES),
      type: fc.constantFrom<EventType>('meeting', 'visit', 'statement', 'other'),
      // Parties as articles give them: people, countries, both, an organisation, none.
      actors: fc.constantFrom<Actor[]>([LAMMY, WANG], [UK, CHINA], [LAMMY, WANG, UK, CHINA], [LAMMY, DING], [HRW, CHINA], [UK], []),
      title: fc.constantFrom('Lammy meets Wang Yi in Beijing', 'Lammy and Wang Yi hold talks in Beijing', 'The meeting lasts four hours', 'Britain and China sign a trade deal'),
      inferred: fc.constantFrom(false, false, false, true),
      known: fc.constantFrom(undefined, undefined, undefined, 'lammy-visit'),
    })
    .map(({ article, date, type, actors, title, inferred, known }) =>
      telling(article, { date, type, actors, title, ...(inferred ? { dateText: '' } : {}), ...(known === undefined ? {} : { knownEventId: known }) }),
    );

  /**
   * Put `check` to every telling and group of 1–3 tellings (30,000 pairs, about 2 s alone, more on
   * a loaded machine) that the merge rules join, with the rule that joined them.
   */
  function forEveryJoin(check: (members: readonly [CandidateEvent, ...CandidateEvent[]], candidate: CandidateEvent, rule: string) => void): void {
    fc.assert(
      fc.property(fc.array(tellingArbitrary, { minLength: 1, maxLength: 3 }), tellingArbitrary, (members, candidate) => {
        const group = members as [CandidateEvent, ...CandidateEvent[]];
        const decision = decide(group, candidate);
        if (decision?.verdict === 'same') check(group, candidate, decision.rule);
      }),
      { numRuns: 30000, seed: 20241018 },
    );
  }

  it('holds for every telling and group the merge rules join: it never skips a join', { timeout: 60_000 }, () => {
    const joinedBy = new Set<string>();
    forEveryJoin(([first, ...rest], candidate, rule) => {
      const members = [first, ...rest];
      const facts = {
        date: first.date,
        ...(first.knownEventId === undefined ? {} : { knownEventId: first.knownEventId }),
        types: new Set(members.map((member) => member.type)),
        articleIds: new Set(members.map((member) => member.sources[0]?.articleId ?? '')),
      };
      expect(mayJoin(facts, candidate)).toBe(true);
      joinedBy.add(rule);
    });
    // The property was put to every rule that joins across articles or dates, not only the easy ones.
    expect([...joinedBy].sort()).toEqual(expect.arrayContaining(['coarser-date', 'days-disagree', 'same-date-same-kind', 'same-known-event', 'same-words', 'shared-people', 'unstated-date']));
  });

  // What the index searches (merge-index.ts): the article's tellings and pairs of actors within a
  // week or so, pairs of headline words only at dates that nest.
  it('joins only tellings of one article, with two actors in common, or with two headline words in common at dates that nest', { timeout: 60_000 }, () => {
    const joinedApart = new Set<string>();
    forEveryJoin((members, candidate, rule) => {
      // A known event's tellings join by its id, not through the index.
      if (candidate.knownEventId !== undefined) return;
      const articleId = candidate.sources[0]?.articleId;
      const sameArticle = members.some((member) => member.sources[0]?.articleId === articleId);
      const actorIds = new Set(members.flatMap((member) => member.actors.map((actor) => actor.id)));
      const twoActors = candidate.actors.filter((actor) => actorIds.has(actor.id)).length >= 2;
      const words = new Set(members.flatMap((member) => [...contentWords(member.title)]));
      const twoWords = [...contentWords(candidate.title)].filter((word) => words.has(word)).length >= 2;
      const nest = valuesNest(members[0].date.value, candidate.date.value);
      expect(sameArticle || twoActors || (twoWords && nest)).toBe(true);
      if (!sameArticle && !nest) joinedApart.add(rule);
    });
    // Tellings at dates that do not nest were joined, through their actors.
    expect([...joinedApart]).toEqual(['days-disagree']);
  });

  /** Article a's meeting on 18 October 2024. */
  const group = { date: DAY, types: new Set<EventType>(['meeting']), articleIds: new Set(['a']) };

  it('returns false across articles for dates that neither nest nor lie a week apart', () => {
    expect(mayJoin(group, telling('b', { date: { value: '2024-10-26', precision: 'day' } }))).toBe(false);
    expect(mayJoin(group, telling('b', { date: { value: '2024-10-25', precision: 'day' } }))).toBe(true);
    expect(mayJoin(group, telling('a', { date: { value: '2025-10-26', precision: 'day' } }))).toBe(true);
  });

  it('returns false across articles and precisions for another kind of happening [coarser-date]', () => {
    const year: EventDate = { value: '2024', precision: 'year' };
    expect(mayJoin(group, telling('b', { date: year, type: 'statement' }))).toBe(false);
    expect(mayJoin(group, telling('b', { date: year, type: 'meeting' }))).toBe(true);
  });
});

describe('EventMerger', () => {
  const DATES = ['2024-10-18', '2024-10-19', '2024-10-24', '2024-10-31', '2024-11-02', '2024-10', '2024-W42', '2024-Q4', '2024', '2023-06-01', '2023', '202X'].map(
    (value): EventDate => ({ value, precision: datePrecision(value)! }),
  );
  const tellings = fc.array(
    fc.record({
      date: fc.constantFrom(...DATES),
      type: fc.constantFrom<EventType>('meeting', 'visit', 'statement', 'other'),
      actors: fc.constantFrom<Actor[]>([LAMMY, WANG], [UK, CHINA], [LAMMY, WANG, UK, CHINA], [LAMMY, DING], [HRW, CHINA], [UK], [], [LAMMY, LAMMY]),
      title: fc.constantFrom(
        'Lammy meets Wang Yi in Beijing',
        'Lammy and Wang Yi hold talks in Beijing',
        'The meeting lasts four hours',
        'Britain and China sign a trade deal',
        'China and Britain sign a deal on trade',
        'Human Rights Watch condemns China',
      ),
      inferred: fc.constantFrom(false, false, false, true),
      known: fc.constantFrom(undefined, undefined, undefined, undefined, 'lammy-visit'),
    }),
    { maxLength: 5 },
  );
  type Tellings = typeof tellings extends fc.Arbitrary<infer T> ? T : never;
  const analysis = (articleId: string, told: Tellings): ArticleAnalysis => ({
    articleId,
    mentions: [],
    outcomes: [],
    candidates: told.map(({ date, type, actors, title, inferred, known }, index) => {
      const candidate = telling(articleId, { date, type, actors, title, ...(inferred ? { dateText: '' } : {}), ...(known === undefined ? {} : { knownEventId: known }) });
      return { ...candidate, sources: candidate.sources.map((source) => ({ ...source, line: index + 1 })) };
    }),
  });
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), told: tellings }),
    fc.record({ kind: fc.constant('add' as const), told: tellings }),
    fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    // Its corrections applied again: equal tellings, new objects.
    fc.record({ kind: fc.constant('copy' as const), at: fc.nat() }),
    // The folder listed in another order.
    fc.record({ kind: fc.constant('reverse' as const) }),
  );

  // 1,500 runs of up to four edits each: a few seconds, more on a loaded machine. Merged again by
  // the same merger (a dev server), or by a new one that goes on from the last one's snapshot as
  // read back from JSON (the next build).
  it.each([
    ['by the merger that merged them', false],
    ['by a merger that resumes from its snapshot', true],
  ])('merges again after any edits exactly as merging everything afresh does, %s', { timeout: 120_000 }, (_, resumed) => {
    fc.assert(
      // Mostly never afresh, so that every edit is merged again by placing what it reaches; at times afresh after a large edit.
      fc.property(fc.array(tellings, { minLength: 1, maxLength: 8 }), fc.array(edit, { minLength: 1, maxLength: 4 }), fc.constantFrom(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 0.5), (initial, edits, freshAbove) => {
        let merger = new EventMerger({ freshAbove });
        let articles = initial.map((told, index) => analysis(`a${index}`, told));
        let named = articles.length;
        let last = merger.merge(articles);
        expect(last).toEqual(mergeEvents(articles));
        for (const change of edits) {
          const at = 'at' in change && articles.length > 0 ? change.at % articles.length : 0;
          if (change.kind === 'add') articles = [...articles, analysis(`a${named++}`, change.told)];
          if (change.kind === 'remove') articles = articles.filter((_, index) => index !== at);
          if (change.kind === 'replace' && articles.length > 0) articles = articles.with(at, analysis(articles[at]!.articleId, change.told));
          if (change.kind === 'copy' && articles.length > 0) articles = articles.with(at, structuredClone(articles[at]!));
          if (change.kind === 'reverse') articles = articles.toReversed();
          // A result already given stays as it was: the pages of the last reading may still be showing it.
          const given = last;
          const asGiven = structuredClone(given);
          if (resumed) {
            const snapshot = JSON.parse(JSON.stringify(merger.snapshot())) as MergeSnapshot;
            merger = new EventMerger({ freshAbove });
            merger.resume(snapshot, articles);
          }
          last = merger.merge(articles);
          expect(last).toEqual(mergeEvents(articles));
          expect(given).toEqual(asGiven);
          // Equal tellings in new objects, or in another order: nothing to weigh again, resumed or not.
          if ((change.kind === 'copy' || change.kind === 'reverse') && freshAbove === Number.POSITIVE_INFINITY) expect(merger.weighed).toBe(0);
        }
      }),
      { numRuns: 1500, seed: 20241018 },
    );
  });

  it('merges an article told twice under one id as merging afresh does, then and after', () => {
    const twice = [analysis('a', [{ date: DATES[0]!, type: 'meeting', actors: [LAMMY, WANG], title: 'Lammy meets Wang Yi in Beijing', inferred: false, known: undefined }]), analysis('a', [])];
    const merger = new EventMerger({ freshAbove: Number.POSITIVE_INFINITY });
    expect(merger.merge(twice)).toEqual(mergeEvents(twice));
    expect(merger.merge(twice.slice(1))).toEqual(mergeEvents(twice.slice(1)));
  });

  it('weighs again only the tellings an edit reaches', () => {
    const meeting = (articleId: string, value: string) =>
      analysis(articleId, [{ date: { value, precision: datePrecision(value)! }, type: 'meeting', actors: [LAMMY, WANG], title: 'Lammy meets Wang Yi in Beijing', inferred: false, known: undefined }]);
    const others = [meeting('a', '2024-10-18'), meeting('b', '2024-10-18'), meeting('d', '1990-03-05')];
    const merger = new EventMerger({ freshAbove: Number.POSITIVE_INFINITY });
    expect(merger.merge([...others, meeting('c', '2001-05-02')]).events.map((event) => event.sources.length)).toEqual([1, 1, 2]);
    expect(merger.weighed).toBe(4);
    // c's meeting moves from 2001 to 2024: only it is weighed. The event it joins is made again of
    // a's and b's tellings as they were placed; 1990's is not looked at.
    const moved = merger.merge([...others, meeting('c', '2024-10-18')]);
    expect(moved).toEqual(mergeEvents([...others, meeting('c', '2024-10-18')]));
    expect(moved.events.map((event) => event.sources.length)).toEqual([1, 3]);
    expect(merger.weighed).toBe(1);
    // The same tellings again: nothing is weighed.
    merger.merge([...others, meeting('c', '2024-10-18')]);
    expect(merger.weighed).toBe(0);
  });

  describe('resume', () => {
    const meeting = (articleId: string, value: string) =>
      analysis(articleId, [{ date: { value, precision: datePrecision(value)! }, type: 'meeting', actors: [LAMMY, WANG], title: 'Lammy meets Wang Yi in Beijing', inferred: false, known: undefined }]);
    const before = [meeting('a', '2024-10-18'), meeting('b', '2024-10-18'), meeting('c', '2001-05-02'), meeting('d', '1990-03-05')];
    const after = [meeting('a', '2024-10-18'), meeting('b', '2024-10-19'), meeting('c', '2001-05-02'), meeting('d', '1990-03-05')];
    const snapshotOf = (analyses: ArticleAnalysis[]): MergeSnapshot => {
      const merger = new EventMerger();
      merger.merge(analyses);
      return JSON.parse(JSON.stringify(merger.snapshot())) as MergeSnapshot;
    };

    it('weighs, after an edit, only the tellings of the events the edit changed', () => {
      const merger = new EventMerger({ freshAbove: Number.POSITIVE_INFINITY });
      merger.resume(snapshotOf(before), after);
      expect(merger.merge(after)).toEqual(mergeEvents(after));
      // b's telling moved a day, and a's shared its event: 2001's and 1990's events are taken as they were.
      expect(merger.weighed).toBe(2);
    });

    it('weighs every telling when the snapshot does not fit: damaged, or of another version', () => {
      const snapshot = snapshotOf(before);
      const damaged = [
        { ...snapshot, version: 0 },
        { ...snapshot, order: snapshot.order.slice(2) },
        { ...snapshot, groups: [...snapshot.groups, [0]] },
        { ...snapshot, groups: snapshot.groups.toReversed() },
        { ...snapshot, order: [...snapshot.order.slice(2, 4), ...snapshot.order.slice(0, 2), ...snapshot.order.slice(4)] },
        { ...snapshot, joinedBy: snapshot.joinedBy.map(() => 0), rules: ['same-words'] },
        { ...snapshot, rules: ['no-such-rule'], joinedBy: snapshot.joinedBy.map((_, at) => (at === 1 ? 0 : -1)) },
        { ...snapshot, joinedBy: [] },
      ] as MergeSnapshot[];
      for (const broken of damaged) {
        const merger = new EventMerger({ freshAbove: Number.POSITIVE_INFINITY });
        merger.resume(broken, after);
        expect(merger.merge(after)).toEqual(mergeEvents(after));
        expect(merger.weighed).toBe(4);
      }
    });
  });
});
