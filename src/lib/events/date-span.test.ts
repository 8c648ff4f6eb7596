import { describe, expect, it } from 'vitest';
import { clauseAround, endsSpan, restatesDate } from './date-span.ts';

describe('endsSpan (date-span)', () => {
  it.each([
    ['"to" after "from"', { value: '1972-02-21', before: 'From ' }, '1972-02-28', ' to '],
    ['a dash', { value: '1961', before: 'in ' }, '1962', '–'],
    ['"and" after "between"', { value: '2015-06-08', before: 'talks between ' }, '2015-06-10', ' and '],
    ['"and" for consecutive days', { value: '1966-03-01', before: 'on ' }, '1966-03-02', ' and '],
    ['"and" for consecutive months', { value: '1985-12', before: 'in ' }, '1986-01', ' and '],
  ])('returns true for %s', (_, first, second, between) => {
    expect(endsSpan(first, { value: second }, between)).toBe(true);
  });

  it.each([
    ['"and" between years far apart', { value: '1997', before: 'in ' }, '2020', ' and '],
    ['an end before the start', { value: '2020', before: 'in ' }, '1997', '–'],
    ['a comma', { value: '1908', before: 'of ' }, '1914', ', '],
  ])('returns false for %s', (_, first, second, between) => {
    expect(endsSpan(first, { value: second }, between)).toBe(false);
  });
});

describe('restatesDate (restated-date)', () => {
  it('returns true for a relative date restated in explicit words', () => {
    expect(restatesDate('two years later', ', on ', '6 October 1981')).toBe(true);
  });

  it('returns false for two dates of their own', () => {
    expect(restatesDate('in 1997', ' and ', '2020')).toBe(false);
    expect(restatesDate('two years later', ' and then ', '6 October 1981')).toBe(false);
  });
});

describe('clauseAround', () => {
  it('returns the clause of each happening of a sentence that tells two', () => {
    const sentence = 'After the republic was proclaimed on 2 March 1956, France recognised it on 20 March.';
    expect(clauseAround(sentence, sentence.indexOf('2 March'), sentence.indexOf('2 March') + 12)).toBe('After the republic was proclaimed on 2 March 1956');
    expect(clauseAround(sentence, sentence.indexOf('20 March'), sentence.indexOf('20 March') + 8)).toBe('France recognised it on 20 March.');
  });

  it('returns the list item before a date that stands alone between commas', () => {
    const sentence = 'It includes the Seven Point Agreement 1951, the Sino-India negotiations concerning Tibet, 1951 to 1953, and the conference.';
    const start = sentence.indexOf('1951 to');
    expect(clauseAround(sentence, start, start + 12)).toBe('the Sino-India negotiations concerning Tibet, 1951 to 1953');
  });
});
