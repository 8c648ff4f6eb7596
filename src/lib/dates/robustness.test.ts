import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index.ts';
import { seededRandom } from '../../../scripts/seeded-random.ts';

/** Pieces that stress the rules: date words, digits, separators, control and odd Unicode characters. */
const PIECES = [
  'on Friday', ' 2015', "'82", 'mid-', 'the last week of', 'March', 'May', '18', 'October 18, 2024', '2:30 p.m.',
  'two-day', 'ago', 'the', ' ', '\r\n', '\n', '\t', '\u0000', '\u0007', '\uFEFF', '\uD800', '\uDC00', '😀', '—', '.', ',',
  '12/31/99', '1990s', 'Q3', '19th century', '%', '$', '9'.repeat(50), 'Mr.', 'U.S.', '“', '’s', 'early ', 'since ',
];

function hostile(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

function expectWellFormed(text: string): void {
  const found = tagTimexes(text, { dct: '2024-10-18' });
  for (let i = 0; i < found.length; i++) {
    const t = found[i]!;
    expect(t.start).toBeGreaterThanOrEqual(i === 0 ? 0 : found[i - 1]!.end);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(t.value.length).toBeGreaterThan(0);
  }
}

describe('tagTimexes', () => {
  describe('robustness', () => {
    it('returns well-formed timexes when given generated hostile strings', () => {
      const random = seededRandom(20241018);
      for (let i = 0; i < 300; i++) expectWellFormed(hostile(random, 1 + Math.floor(random() * 400)));
    });

    it('returns well-formed timexes when given empty, control-only and surrogate-only texts', () => {
      for (const text of ['', '\u0000\u0001\u0002', '\uD800\uD800\uDC00', '\r\n\r\n', '\uFEFF', ' '.repeat(1000)]) expectWellFormed(text);
    });

    it('returns without throwing when a number has ten thousand digits', () => {
      expectWellFormed(`in ${'7'.repeat(10_000)} and in 2015`);
      expect(tagTimexes(`${'1'.repeat(10_000)} days`, { dct: '2024-10-18' }).length).toBeLessThanOrEqual(1);
    });

    it('returns the same dates when a long line uses CRLF line ends', () => {
      const line = 'Officials met on Friday in 2015.\r\n'.repeat(2_000);
      const found = tagTimexes(line, { dct: '2024-10-18' });
      expect(found.length).toBe(4_000);
      expect(new Set(found.map((t) => t.value))).toEqual(new Set(['2024-10-18', '2015']));
    });
  });

  describe('complexity', () => {
    it('returns output that grows linearly when the input doubles', () => {
      const unit = 'He will travel on Friday, two weeks after the 2015 talks; since March prices rose 3.5 per cent. ';
      const small = tagTimexes(unit.repeat(500), { dct: '2024-10-18' }).length;
      const large = tagTimexes(unit.repeat(1_000), { dct: '2024-10-18' }).length;
      expect(large).toBe(2 * small);
    });

    it('returns every expression of a 400 KB line without sentence boundaries', { timeout: 60_000 }, () => {
      // No time is asserted (timings are noise on shared machines): work that grew with the
      // square of the line, as an earlier regex did (85 s for 170 KB), would not finish within
      // the test's timeout, while the linear tagger needs a fraction of a second.
      const line = 'on Friday and in May '.repeat(20_000);
      const found = tagTimexes(line, { dct: '2024-10-18' });
      expect(found).toHaveLength(40_000);
      expect(new Set(found.map((timex) => timex.text))).toEqual(new Set(['Friday', 'May']));
    });
  });
});
