import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { yearRange } from './yearRange.ts';

describe('yearRange', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(yearRange.name).toBe('yearRange');
    expect(yearRange.pattern.flags).toContain('g');
    expect(yearRange.starters.length).toBeGreaterThan(0);
  });

  it('returns two years when a dash joins two four-digit years', () => {
    expect(tag('the 2011–2012 session')).toEqual([['2011', 'DATE', '2011'], ['2012', 'DATE', '2012']]);
    expect(tag('in 2015-2016')).toEqual([['2015', 'DATE', '2015'], ['2016', 'DATE', '2016']]);
  });

  it('returns the second year in the first one\'s century when it is written with two digits', () => {
    expect(tag('the Franco-Prussian War of 1870–71')).toEqual([['1870', 'DATE', '1870'], ['71', 'DATE', '1871']]);
    expect(tag('the 1961–62 crisis')).toEqual([['1961', 'DATE', '1961'], ['62', 'DATE', '1962']]);
    expect(tag('in 1999–00')).toEqual([['1999', 'DATE', '1999'], ['00', 'DATE', '2000']]);
  });

  it('returns two consecutive years when a slash joins them', () => {
    expect(tag('the 2023/24 budget')).toEqual([['2023', 'DATE', '2023'], ['24', 'DATE', '2024']]);
  });

  it('returns two years when brackets hold a span of years', () => {
    expect(tag('Charles de Gaulle (1890–1970)')).toEqual([['1890', 'DATE', '1890'], ['1970', 'DATE', '1970']]);
  });

  describe('edge cases', () => {
    it('returns nothing when the numbers are columns, counts, a code or a month', () => {
      for (const text of ['cols 1990-95', '1500-2000 people', 'between 2000-3000 troops', 'Directive 2014/24/EU', 'S/2015/16', 'It was 2015-06.', 'It was 1998-02.', 'Windows 2000-2003']) {
        expect(tag(text)).toEqual([]);
      }
    });
    it('returns nothing when a slash joins years that are not consecutive', () => {
      expect(tag('in 2014/17')).toEqual([]);
    });
  });
});
