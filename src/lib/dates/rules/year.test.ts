import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { year } from './year.ts';

describe('year', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(year.name).toBe('year');
    expect(year.pattern.flags).toContain('g');
    expect(year.starters.length).toBeGreaterThan(0);
  });

  it("returns the year when a preposition introduces it", () => {
    expect(tag("It was handed back in 1997 and again since 2015.", '2024-10-18')).toEqual([["1997", "DATE", "1997"], ["2015", "DATE", "2015"]]);
  });

  it('returns the year an instrument is named with, but not the number of a name', () => {
    expect(tag('the Seven Point Agreement 1951 and the Human Rights Act 1998, not Tokyo 2020', '2024-10-18')).toEqual([
      ['1951', 'DATE', '1951'],
      ['1998', 'DATE', '1998'],
    ]);
  });

  it("returns two years when a range is written with between", () => {
    expect(tag("between 1997 and 2047", '2024-10-18')).toEqual([["1997", "DATE", "1997"], ["2047", "DATE", "2047"]]);
  });

  it("returns a year outside 1900–2099 when a possessive with either apostrophe comes before it", () => {
    expect(tag("the country's 1848 revolution and the nation’s 1791 charter, not 1848 people", '2024-10-18')).toEqual([
      ['1848', 'DATE', '1848'],
      ['1791', 'DATE', '1791'],
    ]);
  });

  it("returns the year when it modifies a noun", () => {
    expect(tag("the 2020 law", '2024-10-18')).toEqual([["2020", "DATE", "2020"]]);
  });

  it("returns the year with MID when written mid-2020", () => {
    expect(tag("by mid-2020", '2024-10-18')).toEqual([["mid-2020", "DATE", "2020", "MID"]]);
  });
});

describe('year as part of a name', () => {
  it('returns nothing when a capitalised name is written with a number', () => {
    for (const text of ['fans of Euro 2016 gathered', 'It still runs Windows 2000.', 'at WWDC 2005 Jobs spoke', 'under Vision 2030 reforms', 'The Russell 2000 Index fell.']) {
      expect(tag(text)).toEqual([]);
    }
  });
  it('returns nothing for a name with a year even near the DCT or after a preposition', () => {
    expect(tag('Jobs gives the keynote at WWDC 2005', '2005-06-06')).toEqual([]);
    expect(tag('He scored in Euro 2016.', '2016-07-01')).toEqual([]);
  });
  it('returns the year when a capitalised preposition opens the sentence', () => {
    expect(tag('In 2016 the team won.')).toEqual([['2016', 'DATE', '2016']]);
  });
  it('returns the date when a holiday names the time', () => {
    expect(tag('Christmas 2016 was quiet.')).toEqual([['Christmas 2016', 'DATE', '2016-12-25']]);
    expect(tag('sales at Easter 2016 fell')).toEqual([['2016', 'DATE', '2016']]);
  });
  it('returns the year that opens a list line, after a heading or a sentence on the line before', () => {
    expect(tag('Timeline\n\n1997 – Handover of Hong Kong to China.\n1984: Joint Declaration signed')).toEqual([['1997', 'DATE', '1997'], ['1984', 'DATE', '1984']]);
    expect(tag('Key dates:\n- 2012: Xi takes power\n* 2020 – National security law')).toEqual([['2012', 'DATE', '2012'], ['2020', 'DATE', '2020']]);
  });
  it('returns the year after a comma that ends a place name', () => {
    expect(tag('Paris, 2015: the accord was signed.')).toEqual([['2015', 'DATE', '2015']]);
  });
});

describe('year in a document reference', () => {
  it('returns nothing when a bracketed year belongs to a resolution or a document code', () => {
    for (const text of ['adopting resolution 2366 (2017), the Council decided', 'under S/RES/2231 (2015)', 'the proposal COM(2015) 240 final']) {
      expect(tag(text)).toEqual([]);
    }
  });
  it('returns nothing when a volume, column, paragraph or Command Paper number looks like a year', () => {
    for (const text of ['HC Deb vol 1990 col 1995', 'see paras 2015-16', 'published as Cmnd. 1990', 'Cm 2015 was laid']) {
      expect(tag(text)).toEqual([]);
    }
  });
  it('returns the year when a bracketed year follows a name rather than a number', () => {
    expect(tag('the Paris Agreement (2015) entered into force')).toEqual([['2015', 'DATE', '2015']]);
  });
});
