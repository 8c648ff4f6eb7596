import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { monthRange } from './monthRange.ts';

describe('monthRange', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(monthRange.name).toBe('monthRange');
    expect(monthRange.pattern.flags).toContain('g');
    expect(monthRange.starters.length).toBeGreaterThan(0);
  });

  it('returns two months, the first taking the year written after the second', () => {
    expect(tag('from March to May 2015')).toEqual([['March', 'DATE', '2015-03'], ['May 2015', 'DATE', '2015-05']]);
    expect(tag('between January and March 2016')).toEqual([['January', 'DATE', '2016-01'], ['March 2016', 'DATE', '2016-03']]);
  });

  it('returns the year before for the first month when it comes later in the year than the second', () => {
    expect(tag('December–February 2016')).toEqual([['December', 'DATE', '2015-12'], ['February 2016', 'DATE', '2016-02']]);
  });

  describe('edge cases', () => {
    it('returns the two months as written when each has its year', () => {
      expect(tag('in December 1985 and January 1986')).toEqual([['December 1985', 'DATE', '1985-12'], ['January 1986', 'DATE', '1986-01']]);
    });
  });
});
