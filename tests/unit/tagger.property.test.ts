/**
 * Properties of the date tagger over generated texts (fast-check, 10,000 texts each): it never
 * throws, its spans are the text's own, in order and apart, and every value is a TIMEX3 value.
 * A failure prints fast-check's seed and path; FC_SEED=<seed> runs the same texts again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../src/lib/index.ts';
import { DATE_PRECISIONS, TIMEX_VALUE_SHAPES } from '../../src/lib/vocabulary.ts';

const RUNS: fc.Parameters<unknown> = { numRuns: 10_000, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) };
/** Ten thousand texts take seconds; a busy machine may take many times as long. */
const TIMEOUT = 300_000;

/** Words and marks the rules start from or stop at, so generated texts reach deep into them. */
const PIECES = [
  'on', 'in', 'at', 'by', 'since', 'until', 'from', 'to', 'between', 'and', 'the', 'of', 'a', 'last', 'next', 'this', 'that',
  'ago', 'later', 'earlier', 'before', 'after', 'early', 'mid-', 'late', 'every', 'each', 'daily', 'weekly', 'twice', 'per',
  'Monday', 'Friday', 'Sunday', 'January', 'March', 'May', 'October', 'Oct.', 'Dec', 'spring', 'summer', 'winter',
  'day', 'days', 'week', 'weekend', 'fortnight', 'month', 'months', 'quarter', 'year', 'years', 'decade', 'century',
  'morning', 'afternoon', 'night', 'noon', 'midnight', 'a.m.', 'p.m.', 'GMT', 'UTC', 'hours', 'hrs',
  'yesterday', 'today', 'tomorrow', 'now', 'recently', 'soon', 'the future', 'fiscal year', 'FY', 'Q3', 'H1', 'first half',
  '1990s', "'90s", '19th', 'two', 'three', 'several', 'first', 'second',
  ' ', ' ', ' ', ',', '.', '-', '–', '/', ':', '(', ')', '\n', '\n\n', "'", '’',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 3000 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')) },
  // Any UTF-16 code units, lone surrogates and control characters included.
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

/** Short texts: a dozen pieces, mostly separated by spaces as prose is. */
const text = fc.array(fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', '')), { maxLength: 12 }).map((parts) => parts.map(([word, space]) => word + space).join(''));

/** Publication dates across the calendar, and none for an undated page. */
const dct = fc.option(
  fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  { nil: undefined },
);

const reading = fc.constantFrom(undefined, 'news' as const, 'narrative' as const);

/** Unknown digits (TimeML's X) may stand for any of a value's digits. */
const digits = (count: number) => `(?:\\d|X){${count}}`;
const CALENDAR = DATE_PRECISIONS.map((precision) => TIMEX_VALUE_SHAPES[precision].source.slice(1, -1)).join('|');
const NUMBER = String.raw`(?:\d+(?:\.\d+)?|X)`;

/**
 * TIMEX3 values (TimeML annotation guidelines): the calendar shapes of src/lib/vocabulary.ts; the
 * same with unknown digits (`XXXX-10-18`, `XXXX-WXX-WE`, `XXXX-QX`) and a clock time or part of
 * the day after a day; fiscal years (`FY2024`); the vague PRESENT_REF, PAST_REF and FUTURE_REF;
 * durations and sets (`P2D`, `PT30M`, `PXY`, `PXDE`).
 */
const TIMEX_ALTERNATIVES = [
  CALENDAR,
  `${digits(4)}-${digits(2)}-${digits(2)}(?:T(?:(?:[01]\\d|2[0-4]):[0-5]\\d(?::[0-5]\\d)?Z?|MO|MI|AF|EV|NI))?`,
  `${digits(4)}-${digits(2)}`,
  `${digits(4)}-W${digits(2)}(?:-WE)?`,
  `${digits(4)}-(?:SP|SU|FA|WI|Q[1-4X]|H[12X])`,
  digits(4),
  digits(2),
  String.raw`FY\d{4}`,
  'PRESENT_REF|PAST_REF|FUTURE_REF',
  `P(?:${NUMBER}(?:Y|Q|M|W|D|DE|CE))*(?:T(?:${NUMBER}[HMS])+)?`,
];
const TIMEX_VALUE = new RegExp(`^(?:${TIMEX_ALTERNATIVES.map((alternative) => `(?:${alternative})`).join('|')})$`, 'u');


describe('tagTimexes', () => {
  it(
    'returns sorted, non-overlapping spans of the text with TIMEX3 values, and never throws, for any short text and publication date',
    () => {
      fc.assert(
        fc.property(text, dct, reading, (input, publication, way) => {
          const found = tagTimexes(input, { dct: publication, ...(way ? { reading: way } : {}) });
          let previousEnd = 0;
          for (const timex of found) {
            expect(timex.start).toBeGreaterThanOrEqual(previousEnd);
            expect(timex.end).toBeGreaterThan(timex.start);
            expect(timex.end).toBeLessThanOrEqual(input.length);
            expect(timex.text).toBe(input.slice(timex.start, timex.end));
            expect(timex.value).toMatch(TIMEX_VALUE);
            expect(timex.value).not.toBe('P');
            previousEnd = timex.end;
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'returns the same timexes for the same text and publication date',
    () => {
      fc.assert(
        fc.property(text, dct, (input, publication) => {
          expect(tagTimexes(input, { dct: publication })).toEqual(tagTimexes(input, { dct: publication }));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
