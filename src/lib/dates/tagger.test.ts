import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from './tagger.ts';

const seed = readFileSync(new URL('../../../../shared/seed/lammy-beijing-visit.txt', import.meta.url), 'utf8');

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
});
