import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { durationRange } from './durationRange.ts';

describe('durationRange', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(durationRange.name).toBe('durationRange');
    expect(durationRange.pattern.flags).toContain('g');
    expect(durationRange.starters.length).toBeGreaterThan(0);
  });

  it('returns two durations, the first taking the unit of the second', () => {
    expect(tag('would take between 60 and 90 days')).toEqual([['60', 'DURATION', 'P60D'], ['90 days', 'DURATION', 'P90D']]);
    expect(tag('for two to three weeks')).toEqual([['two', 'DURATION', 'P2W'], ['three weeks', 'DURATION', 'P3W']]);
    expect(tag('sentences of 5-10 years')).toEqual([['5', 'DURATION', 'P5Y'], ['10 years', 'DURATION', 'P10Y']]);
  });

  describe('edge cases', () => {
    it('returns one duration when the first count is not the smaller', () => {
      expect(tag('10 to 5 years')).toEqual([['5 years', 'DURATION', 'P5Y']]);
    });
    it('returns the day of the month, not a count, when a month comes before the first number', () => {
      expect(tag('on June 1 and 2 days later', '2024-10-18')).toEqual([['June 1', 'DATE', '2024-06-01'], ['2 days later', 'DATE', '2024-06-03']]);
    });
  });
});
