import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index.ts';

/** Texts in which nothing is a temporal expression (chrono's negative_cases idea). */
const NOTHING: ReadonlyArray<readonly [string, string]> = [
  ['a count of people', 'More than 2,000 people marched.'],
  ['a round count without a comma', 'Police said 2000 protesters gathered.'],
  ['a percentage in words', 'Growth slowed to 3.5 per cent.'],
  ['a percentage sign', 'Turnout was 2015%.'],
  ['an index level', 'The index closed at 20,045 points.'],
  ['money with a dollar sign', 'a $40 billion contract'],
  ['money in pounds', 'a £2019 fee'],
  ['a group name with a number', 'The G20 met in Rio.'],
  ['a disease name', 'Covid-19 spread quickly.'],
  ['an article of law', 'Article 23 was passed.'],
  ['a national plan named for its year', 'Saudi Arabia presented Vision 2030 reforms.'],
  ['a tournament named for its year, after a preposition', 'He scored twice in Euro 2016.'],
  ['an aircraft model', 'The Boeing 747 landed.'],
  ['a motorway', 'Traffic on the M25 stalled.'],
  ['a room number', 'They met in Room 101.'],
  ['a fighter jet', 'The F-35 is costly.'],
  ['a software version', 'It still runs Windows 2000.'],
  ['a version number', 'Version 2.0.1 ships with fixes.'],
  ['an ordinal that is not a day', 'The 14th party congress opened.'],
  ['"may" as a verb', 'Talks may resume, officials may say.'],
  ['"march" as a noun', 'A protest march blocked the road.'],
  ['"March" as a noun at the start of a sentence', 'March organisers were arrested.'],
  ['"fall" as a verb', 'Prices fall when demand weakens.'],
  ['a weekday that names a day of its own', 'Markets recalled Black Monday.'],
  ['a flight number', 'Flight 1549 landed on the river.'],
  ['a score', 'They won 3-1 at home.'],
  ['a fraction of a group', 'about a quarter of its dealers'],
  ['a resolution number', 'Resolution 1973 authorised force.'],
  ['a stock index named with a number', 'The Russell 2000 Index fell.'],
  ['a plan named with a far year', 'Saudi reforms under Vision 2030 began.'],
  ['a football tournament of another year', 'He scored at Euro 2016 before retiring.'],
  ['an acronym event of another year', 'Jobs spoke at WWDC 2005 about chips.'],
  ['a quotation mark before a count', "'82 people came,' she said."],
  ['a weekend that names a band', 'The Weeknd and The Weekend played.'],
  ['a weekend counted from another date', 'They met on the weekend before the vote.'],
];

describe('tagTimexes', () => {
  describe('negative cases', () => {
    for (const [what, text] of NOTHING) {
      it(`returns nothing when the text holds ${what}`, () => {
        expect(tagTimexes(text, { dct: '2024-10-18' })).toEqual([]);
      });
    }

    it('returns only the duration when "five-year" follows an ordinal', () => {
      expect(tagTimexes('the 14th five-year plan', { dct: '2024-10-18' }).map((t) => [t.text, t.type, t.value]))
        .toEqual([['five-year', 'DURATION', 'P5Y']]);
    });

    it('returns a DURATION, never a DATE, when the text says months of protests', () => {
      expect(tagTimexes('snuffing out months of protests', { dct: '2024-10-18' }).map((t) => t.type)).toEqual(['DURATION']);
    });

    it('returns no date of its own when the text says since then', () => {
      expect(tagTimexes('Much has changed since then.', { dct: '2024-10-18' })).toEqual([]);
    });
  });
});
