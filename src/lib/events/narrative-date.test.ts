import { describe, expect, it } from 'vitest';
import { newsDate, tellsNewsHappening } from './narrative-date.ts';

describe('tellsNewsHappening', () => {
  it('returns true for a happening tied to the news by "earlier" or "will"', () => {
    expect(tellsNewsHappening('Lammy earlier met with Chinese Vice Premier Ding Xuexiang.', 'meeting')).toBe(true);
    expect(tellsNewsHappening('He will also meet with business leaders in Shanghai.', 'meeting')).toBe(true);
  });

  it('returns false without a cue: the sentence may be history or comment', () => {
    expect(tellsNewsHappening('China has boosted ties with Russia since the invasion.', 'conflict')).toBe(false);
  });

  it('returns false for a question, which tells no happening', () => {
    expect(tellsNewsHappening('To ask the Secretary of State when he expects the next meeting to take place.', 'meeting')).toBe(false);
    expect(tellsNewsHappening('Will the Minister meet the ambassador?', 'meeting')).toBe(false);
  });

  it('returns false for statements, which need a date in the text', () => {
    expect(tellsNewsHappening('In an earlier statement, his office said he would urge China to act.', 'statement')).toBe(false);
  });
});

describe('newsDate', () => {
  it('returns the ISO week of the news day for a happening the text says lies ahead', () => {
    expect(newsDate('He will also meet business leaders.', '2024-10-18')).toEqual({ value: '2024-W42', precision: 'week' });
  });

  it('returns the ISO week-numbering year at a year boundary', () => {
    expect(newsDate('He will also meet business leaders.', '2021-01-02').value).toBe('2020-W53');
  });

  it('returns the news day, on or before, for a happening told without saying it lies ahead ("later met")', () => {
    expect(newsDate('Lammy later met with business leaders in Shanghai.', '2024-10-18')).toEqual({ value: '2024-10-18', precision: 'day', mod: 'ON_OR_BEFORE' });
  });

  it('returns the news day itself, on or before, for a happening told as earlier (never a week running past it)', () => {
    expect(newsDate('Lammy earlier met with Chinese Vice Premier Ding Xuexiang.', '2024-10-18')).toEqual({
      value: '2024-10-18',
      precision: 'day',
      mod: 'ON_OR_BEFORE',
    });
  });
});
