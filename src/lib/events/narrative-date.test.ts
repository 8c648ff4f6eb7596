import { describe, expect, it } from 'vitest';
import { newsWeek, tellsNewsHappening } from './narrative-date.ts';

describe('tellsNewsHappening', () => {
  it('returns true for a happening tied to the news by "earlier" or "will"', () => {
    expect(tellsNewsHappening('Lammy earlier met with Chinese Vice Premier Ding Xuexiang.', 'meeting')).toBe(true);
    expect(tellsNewsHappening('He will also meet with business leaders in Shanghai.', 'meeting')).toBe(true);
  });

  it('returns false without a cue: the sentence may be history or comment', () => {
    expect(tellsNewsHappening('China has boosted ties with Russia since the invasion.', 'conflict')).toBe(false);
  });

  it('returns false for statements, which need a date in the text', () => {
    expect(tellsNewsHappening('In an earlier statement, his office said he would urge China to act.', 'statement')).toBe(false);
  });
});

describe('newsWeek', () => {
  it('returns the ISO week of a day as a TIMEX3 value', () => {
    expect(newsWeek('2024-10-18')).toBe('2024-W42');
  });

  it('returns the ISO week-numbering year at a year boundary', () => {
    expect(newsWeek('2021-01-02')).toBe('2020-W53');
  });
});
