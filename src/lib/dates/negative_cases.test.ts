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
  ['EU Council document codes', 'The statement was issued as EUCO 172/12 PR PCE 147.'],
  ['a UN press release code', 'Press release SC/13516 was issued.'],
  ['a UN document symbol', 'General Assembly resolution A/RES/70/1 sets the goals.'],
  ['a Command Paper number', 'The agreement was published as Cmnd. 9657.'],
  ['a Command Paper number that looks like a year', 'It was published as Cmd. 1990.'],
  ['a Hansard volume and column range', 'HL Deb vol 425 cc104-5'],
  ['a Hansard written-answer column range', 'HL Deb vol 474 cc953-4WA'],
  ['Hansard volume and columns that look like years', 'HC Deb vol 1990 cols 2015-16'],
  ['a column reference', 'See col. 1234 of the report.'],
  ['a resolution number', 'Resolution 2231 endorsed the deal.'],
  ['a resolution with its year of adoption in brackets', 'by adopting resolution 2366 (2017), the Council decided'],
  ['an EU document code with its year in brackets', 'the proposal COM(2015) 240 final'],
  ['a round count of troops', 'Some 2000 troops were sent.'],
  ['a count of delegates that looks like a year', '2015 delegates attended the congress.'],
  ['a range of counts', 'between 2000-3000 troops'],
  ['a games named for its year', 'Ahead of Tokyo 2020 the ministers met.'],
  ['a network generation', '5G networks were discussed.'],
  ['an ordinal summit', 'the 15th Summit between the EU and China'],
  ['a range of percentages', 'growth of 0.6% to 0.8%'],
  ['numbered sections', 'sections 3.2 and 3.4 of the agreement'],
  ['a Hansard question number', '[4604] Mr. Pawsey asked'],
  ['page numbers before a capitalised "May"', 'Pages 12-14 May be missing.'],
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

    it('returns a TIME, never a year, when four digits are a clock time', () => {
      for (const text of ['Troops moved at 0900 GMT.', 'Polls close by 2359 local time.', 'The ceasefire began at 1430 hours.', 'Shelling resumed at 2100 GMT.', 'They landed at 1945 local time.']) {
        expect(tagTimexes(text, { dct: '2024-10-18' }).map((t) => t.type)).toEqual(['TIME']);
      }
    });

    it('returns the year of a date, not of a document, when a resolution is dated', () => {
      expect(tagTimexes('resolution 2366 (2017) of 10 July 2017', { dct: '2024-10-18' }).map((t) => t.value)).toEqual(['2017-07-10']);
    });

    it('returns no date of its own when the text says since then', () => {
      expect(tagTimexes('Much has changed since then.', { dct: '2024-10-18' })).toEqual([]);
    });
  });
});
