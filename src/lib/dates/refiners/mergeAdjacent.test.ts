import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';

describe('mergeAdjacent', () => {
  it('returns one date when a weekday precedes the full date', () => {
    expect(tag('on Friday, October 18, 2024,')).toEqual([['Friday, October 18, 2024', 'DATE', '2024-10-18']]);
  });
  it('returns one TIME when a clock time follows a day', () => {
    expect(tag('on October 18 at 14:30')).toEqual([['October 18 at 14:30', 'TIME', '2024-10-18T14:30']]);
  });
  it('returns one TIME when a clock time precedes a weekday', () => {
    expect(tag('at 12:00 UTC Monday', '2009-06-02')).toEqual([['12:00 UTC Monday', 'TIME', '2009-06-01T12:00Z']]);
  });
});
