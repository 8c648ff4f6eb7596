import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';

describe('applyModifiers', () => {
  it('returns START when early precedes a year', () => {
    expect(tag('in early 2018')).toEqual([['early 2018', 'DATE', '2018', 'START']]);
  });
  it('returns END when the end of precedes a relative year', () => {
    expect(tag('by the end of this year')).toEqual([['the end of this year', 'DATE', '2024', 'END']]);
  });
  it('returns APPROX when about precedes a duration', () => {
    expect(tag('for about six years')).toEqual([['about six years', 'DURATION', 'P6Y', 'APPROX']]);
  });
  it('returns MORE_THAN when more than precedes a duration', () => {
    expect(tag('more than two weeks')).toEqual([['more than two weeks', 'DURATION', 'P2W', 'MORE_THAN']]);
  });
  it('returns no mod when the preposition belongs to a span with an article', () => {
    expect(tag('over the past decade')).toEqual([['the past decade', 'DURATION', 'P10Y']]);
  });
});
