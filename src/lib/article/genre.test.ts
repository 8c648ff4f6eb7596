import { describe, expect, it } from 'vitest';
import { GENRE_RULES, readGenre } from './genre.ts';

describe('readGenre', () => {
  it.each([
    ['genre-frontmatter', { genre: 'reference' as const, date: '2024-01-15', sentences: [] }, 'reference', 'narrative'],
    ['genre-undated', { sentences: ['In March 1972 the talks resumed.'] }, 'reference', 'narrative'],
    ['genre-speaker', { date: '2018-04-11', speaker: 'Mark Field', sentences: ['I am delighted to be in Japan.'] }, 'speech', 'news'],
    ['genre-first-person', { date: '2012-09-20', sentences: ['We welcomed Premier Wen.', 'We agreed to meet again.', 'The summit ended.'] }, 'statement', 'news'],
    ['genre-news', { date: '2024-10-18', sentences: ['Lammy met Wang on Friday.', '“We will talk,” he said.'] }, 'news', 'news'],
  ])('returns the genre by rule %s', (rule, input, genre, reading) => {
    expect(readGenre(input)).toMatchObject({ rule, genre, reading });
  });

  it('has a unique id and a reason for every rule', () => {
    expect(new Set(GENRE_RULES.map((rule) => rule.id)).size).toBe(GENRE_RULES.length);
    expect(GENRE_RULES.every((rule) => rule.reason.length > 0)).toBe(true);
  });

  it('returns "US" the country as no first person', () => {
    expect(readGenre({ date: '2015-10-09', sentences: ['The US and India met.', 'The US signed.'] }).genre).toBe('news');
  });
});
