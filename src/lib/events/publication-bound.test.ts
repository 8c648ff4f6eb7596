import { describe, expect, it } from 'vitest';
import { pastWeekBound, startsAfterPublication } from './publication-bound.ts';
import { analyseArticle, createAnalysisContext } from './analyse.ts';
import { parseArticle } from '../article/parse.ts';

describe('startsAfterPublication (after-publication)', () => {
  it('is true for a plan named in a past report, dated after the report', () => {
    expect(startsAfterPublication('The minister welcomed the decision to resume talks in July.', '2020-07', '2020-06-18')).toBe(true);
  });

  it('is false when the text says the happening lies ahead', () => {
    for (const sentence of [
      'The leaders will meet again in July.',
      'A summit is scheduled for July.',
      'The two sides plan to meet in July.',
      'Talks are expected to resume in July.',
      'The next round of talks is due in July.',
    ]) {
      expect(startsAfterPublication(sentence, '2020-07', '2020-06-18'), sentence).toBe(false);
    }
  });

  it('is false for a date that starts on or before publication, or without a publication date', () => {
    expect(startsAfterPublication('The leaders met in June.', '2020-06', '2020-06-18')).toBe(false);
    expect(startsAfterPublication('The leaders met on 18 June.', '2020-06-18', '2020-06-18')).toBe(false);
    expect(startsAfterPublication('The treaty was signed in 1904.', '1904', undefined)).toBe(false);
  });
});

describe('pastWeekBound (past-week)', () => {
  it('ends a past week at the publication day when the week runs past it', () => {
    expect(pastWeekBound({ value: '2024-W42', precision: 'week' }, 'past', '2024-10-16')).toEqual({
      value: '2024-10-16',
      precision: 'day',
      mod: 'ON_OR_BEFORE',
    });
  });

  it('keeps a week told in the future, a week already over, and a span', () => {
    expect(pastWeekBound({ value: '2024-W42', precision: 'week' }, 'future', '2024-10-16').value).toBe('2024-W42');
    expect(pastWeekBound({ value: '2024-W41', precision: 'week' }, 'past', '2024-10-16').value).toBe('2024-W41');
    const span = { value: '2024-W41', precision: 'week', end: '2024-W42', endPrecision: 'week' } as const;
    expect(pastWeekBound(span, 'past', '2024-10-16')).toEqual(span);
  });
});

describe('analyseArticle with a publication date', () => {
  const context = createAnalysisContext({ actors: [], knownEvents: [] });
  const analyse = (body: string, date: string) => {
    const { article } = parseArticle(new TextEncoder().encode(`---\ntitle: Report\ndate: ${date}\n---\n\n${body}\n`), 'report.md');
    return analyseArticle(article!, context);
  };

  it('gives no event for a plan dated after the report that does not say it lies ahead', () => {
    const analysis = analyse('The Prime Minister welcomed the agreement to intensify talks with the European Union in July.', '2020-06-18');
    expect(analysis.candidates).toEqual([]);
    expect(analysis.outcomes).toEqual([{ rejectedBy: 'after-publication' }]);
  });

  it('keeps a happening the report says lies ahead', () => {
    const analysis = analyse('The Prime Minister will visit Paris in July.', '2020-06-18');
    expect(analysis.candidates.map((event) => event.date.value)).toEqual(['2020-07']);
  });

  it('quotes the whole sentence for a plan whose own clause does not say it lies ahead', () => {
    const analysis = analyse('The two leaders, who met on 27 April, agreed that propaganda will end, beginning on 1 May with loudspeaker broadcasts.', '2018-04-27');
    const plan = analysis.candidates.find((event) => event.date.value === '2018-05-01');
    expect(plan?.sources[0]?.quote).toMatch(/will end/u);
  });

  it('dates talks held "this week" on or before a mid-week publication day', () => {
    const analysis = analyse('Ministers of France and Germany held talks in Paris this week.', '2024-10-16');
    expect(analysis.candidates.map((event) => event.date)).toEqual([{ value: '2024-10-16', precision: 'day', mod: 'ON_OR_BEFORE' }]);
  });
});
