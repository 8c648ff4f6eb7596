import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from './tagger.ts';

const seed = readFileSync(new URL('../../../tests/fixtures/seed/lammy-beijing-visit.txt', import.meta.url), 'utf8');

describe('tagTimexes', () => {
  it('returns the seed article dates when tagged with its publication date', () => {
    const found = tagTimexes(seed, { dct: '2024-10-18' }).map((t) => [t.text, t.type, t.value]);
    expect(found).toEqual([
      ['Friday', 'DATE', '2024-10-18'],
      ['Friday afternoon', 'TIME', '2024-10-18TAF'],
      ['two-day', 'DURATION', 'P2D'],
      ['2015', 'DATE', '2015'],
      ['Friday', 'DATE', '2024-10-18'],
      ['1997', 'DATE', '1997'],
      ['2020', 'DATE', '2020'],
      ['months', 'DURATION', 'PXM'],
    ]);
  });

  it('returns offsets that slice back to the text when the text has non-ASCII characters', () => {
    const text = '“Lammy’s” visit — on 18 October 2024 — ended.';
    for (const t of tagTimexes(text, { dct: '2024-10-18' })) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('returns timexes sorted and non-overlapping when many rules match', () => {
    const text = 'On Friday, October 18, 2024 at 2 p.m., after two weeks ago and in early 2018, the 1990s, last year.';
    const found = tagTimexes(text, { dct: '2024-10-18' });
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    expect(found[0]).toMatchObject({ text: 'Friday, October 18, 2024 at 2 p.m.', type: 'TIME', value: '2024-10-18T14:00' });
  });

  it('returns an empty list when the text is empty', () => {
    expect(tagTimexes('', { dct: '2024-10-18' })).toEqual([]);
  });

  describe('edge cases', () => {
    it('throws a RangeError when the dct is not a real calendar day', () => {
      expect(() => tagTimexes('today', { dct: '2024-02-30' })).toThrow(RangeError);
    });
  });

  // The scan skips a rule when the next character or word rules it out (Rule.next, nextChar,
  // capitalised); these forms sit at the edge of each skip and must still be found.
  describe('rule gates', () => {
    const found = (text: string) => tagTimexes(text, { dct: '2024-10-18' }).map((t) => [t.text, t.value]);

    it('reads a decimal count when a full stop follows the digits', () => {
      expect(found('It took 2.5 years and ended 1.5 days ago.')).toEqual([['2.5 years', 'P2.5Y'], ['1.5 days ago', 'PAST_REF']]);
    });

    it('reads a year when a full stop or comma follows it', () => {
      expect(found('It began in 2015. It ended in 2016, they said.')).toEqual([['2015', '2015'], ['2016', '2016']]);
    });

    it('reads an abbreviated month when its full stop comes before the day or year', () => {
      expect(found('They met on Sept. 5 and in Oct. 2015.')).toEqual([['Sept. 5', '2024-09-05'], ['Oct. 2015', '2015-10']]);
    });

    it('reads a count after "last" when it is written in digits or words', () => {
      expect(found('Over the last 30 days and the past two weeks, trade fell.')).toEqual([['the last 30 days', 'P30D'], ['the past two weeks', 'P2W']]);
    });

    it('reads a clock time when a.m. or pm follows after a space', () => {
      expect(found('They met at 9 a.m. and left at 11 pm.').map(([, value]) => value)).toEqual(['2024-10-18T09:00', '2024-10-18T23:00']);
    });

    it('reads "may" as the month only when capitalised', () => {
      expect(found('Prices may rise in May.')).toEqual([['May', '2025-05']]);
    });

    it('reads a day or a year after a month, and a bare month before a word', () => {
      expect(found('Talks began on July 18, resumed in July 2022 and on December 5th, 2023.'))
        .toEqual([['July 18', '2024-07-18'], ['July 2022', '2022-07'], ['December 5th, 2023', '2023-12-05']]);
    });

    it('reads four digits and a space as a clock time before "hours" or a zone, else as a year', () => {
      expect(found('The strike began at 1430 hours, the raid at 0900 GMT and the vote at 1300 CET in 2022 after July.')).toEqual([
        ['1430 hours', '2024-10-18T14:30'], ['0900 GMT', '2024-10-18T09:00Z'], ['1300', '2024-10-18T13:00'], ['2022', '2022'], ['July', '2024-07'],
      ]);
    });

    it('reads a year range whose dash stands between spaces', () => {
      expect(found('The budget for 2011 - 12 was cut before the 2022 plan.')).toEqual([['2011', '2011'], ['12', '2012'], ['2022', '2022']]);
    });

    it('reads a weekday, month, season or quarter after "last" and "next"', () => {
      expect(found('She left last Friday and returns next March, after last winter and the last quarter.').map(([text]) => text))
        .toEqual(['last Friday', 'next March', 'last winter', 'the last quarter']);
    });
  });
});
