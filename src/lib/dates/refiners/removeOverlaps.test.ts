import { describe, expect, it } from 'vitest';
import type { Candidate } from '../_lib/candidate.ts';
import { removeOverlaps } from './removeOverlaps.ts';

const c = (start: number, end: number, rule: string, priority = 0): Candidate => ({ start, end, type: 'DATE', value: 'x', rule, priority });

describe('removeOverlaps', () => {
  it('returns the longest candidate when candidates overlap', () => {
    expect(removeOverlaps([c(8, 12, 'year'), c(0, 12, 'monthYear')]).map((x) => x.rule)).toEqual(['monthYear']);
  });
  it('returns the earlier rule when two candidates cover the same span', () => {
    expect(removeOverlaps([c(0, 6, 'duration', 5), c(0, 6, 'set', 1)]).map((x) => x.rule)).toEqual(['set']);
  });
  it('returns all candidates sorted by start when none overlap', () => {
    expect(removeOverlaps([c(10, 12, 'b'), c(0, 4, 'a')]).map((x) => x.rule)).toEqual(['a', 'b']);
  });
});
