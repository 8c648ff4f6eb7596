import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { calendarYear } from './anchor.ts';

describe('anchor', () => {
  it('returns the month nearer the DCT when the sentence has no tense cue', () => {
    expect(tag("Her trip follows Starmer's meeting with Xi at the G20 in November", '2025-01-10')).toEqual([['November', 'DATE', '2024-11']]);
    expect(tag('The talks are in March.', '2025-01-10')).toEqual([['March', 'DATE', '2025-03']]);
  });
  it('returns this year\'s month when a future sentence names one still ahead, however near last year\'s was', () => {
    expect(tag('In December the world will meet in Paris.', '2015-03-19')).toEqual([['December', 'DATE', '2015-12']]);
    expect(tag('Moon will visit Pyongyang in the autumn.', '2018-04-27')).toEqual([['autumn', 'DATE', '2018-FA']]);
  });
  it('returns the tense before a date when ", and" starts a new clause right after it', () => {
    expect(tag('He said he would press leaders when they meet in June, and the leaders agreed to stay in touch.', '2022-04-09')).toEqual([['June', 'DATE', '2022-06']]);
  });
  it('returns a day just after the DCT when a present-tense sentence names it', () => {
    expect(tag('GM has a June 1 deadline.', '2009-05-28')).toEqual([['June 1', 'DATE', '2009-06-01']]);
  });
  it('returns the next year\'s month when a future sentence names a month already past', () => {
    expect(tag('The G20 summit will be held in March.', '2024-10-16')).toEqual([['March', 'DATE', '2025-03']]);
  });
  it('returns the coming weekday when the sentence is future and a participle follows remain', () => {
    expect(tag('Schools will remain closed until Friday.', '2024-10-16')).toEqual([['Friday', 'DATE', '2024-10-18']]);
  });
  it('returns the nearest weekday when the sentence has no tense', () => {
    expect(tag('Talks on Wednesday.', '2024-10-18')).toEqual([['Wednesday', 'DATE', '2024-10-16']]);
  });
  it('returns a past month when since precedes it, whatever the verb', () => {
    expect(tag('the best week since November', '2009-03-14')).toEqual([['November', 'DATE', '2008-11']]);
  });
  it('returns the DCT\'s day for a time when no day was mentioned', () => {
    expect(tag('Polls closed at 8 p.m.', '2024-10-18')).toEqual([['8 p.m.', 'TIME', '2024-10-18T20:00']]);
  });
  it('returns a day counted from the DCT when no day was mentioned before "the next day"', () => {
    expect(tag('He flew home the next day.', '2024-10-18')).toEqual([['the next day', 'DATE', '2024-10-19']]);
  });
  it('returns the next year\'s quarter when a future sentence names a past quarter', () => {
    expect(tag('Sales will recover in the first quarter.', '2024-10-18')).toEqual([['the first quarter', 'DATE', '2025-Q1']]);
  });

  it('reads a calendar year by char codes exactly as the pattern it replaced', () => {
    const pattern = /^(?:(?!0000)\d{4}(?:$|[-T])|\d{3}X$|\d{2}$)/u;
    const values = ['', '1', '19', '199', '199X', '199X-', '19XX', '1997', '0000', '0000-01', '0001', '2024-10-18', '2024-10-18TAF', '2024T',
      '2024-W42', '20241', '17183', '-634', '00-1', '0NaN', '2X', '20', '20-', 'P2D', 'PRESENT_REF', '2024 ', '9999', '1x', '12a4'];
    for (let i = 0; i < 2000; i++) values.push(Array.from({ length: 1 + (i % 7) }, (_, k) => '0129X-T'[(i * 31 + k * 17 + (i >> 3)) % 7]!).join(''));
    for (const value of values) expect([value, calendarYear(value)]).toEqual([value, pattern.test(value)]);
  });
});
