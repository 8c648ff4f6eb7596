import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagger.ts';
import type { Candidate } from '../_lib/candidate.ts';
import { splitRanges } from './splitRanges.ts';

describe('splitRanges', () => {
  it('returns the parts of a range in place of the whole, between the other candidates', () => {
    // "In 2014, 4–7 March 2015, and in 2016"
    const before: Candidate = { start: 3, end: 7, type: 'DATE', value: '2014', rule: 'year' };
    const first: Candidate = { start: 9, end: 10, type: 'DATE', value: '2015-03-04', rule: 'dayRange' };
    const last: Candidate = { start: 11, end: 23, type: 'DATE', value: '2015-03-07', rule: 'dayRange' };
    const after: Candidate = { start: 32, end: 36, type: 'DATE', value: '2016', rule: 'year' };
    const range: Candidate = { start: 9, end: 23, type: 'DATE', rule: 'dayRange', parts: [first, last] };
    expect(splitRanges([before, range, after])).toEqual([before, first, last, after]);
  });

  it('returns the same list when it holds no range', () => {
    const candidates: Candidate[] = [{ start: 0, end: 4, type: 'DATE', value: '2015', rule: 'year' }];
    expect(splitRanges(candidates)).toBe(candidates);
  });

  describe('edge cases', () => {
    it('returns two adjacent timexes with the joining dash between them when the tagger reads a range', () => {
      const text = 'Talks ran 4–7 March 2015.';
      const found = tagTimexes(text, { dct: '2024-10-18' });
      expect(found.map((t) => [t.start, t.end, t.text, t.value])).toEqual([[10, 11, '4', '2015-03-04'], [12, 24, '7 March 2015', '2015-03-07']]);
      expect(text.slice(found[0]!.end, found[1]!.start)).toBe('–');
    });
  });
});
