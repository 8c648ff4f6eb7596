import { describe, expect, it } from 'vitest';
import { reviewReport } from '../lib/review.ts';
import { readContent } from '../lib/site-data.ts';
import { reviewLines } from './review-text.ts';

const lines = reviewLines(reviewReport(await readContent('tests/fixtures/timeline')));
const FILE = 'tests/fixtures/timeline/articles/';

describe('reviewLines', () => {
  it('returns each article’s genre reading and publication date, with the rule and its reason', () => {
    expect(lines).toContain(
      `${FILE}2015-xi-arrives-in-london.md  read as news  [genre-news] a dated text in the third person reads as news: its dates are placed from the publication date`,
    );
    expect(lines).toContain(`${FILE}2015-xi-arrives-in-london.md  published 2015-10-20, from the frontmatter`);
  });

  it('returns each date with its event, then indented under it how the telling was titled, joined, dated and coded', () => {
    const at = `${FILE}2020-security-law-agency-b.md:7:57`;
    const told = lines.filter((line) => line.startsWith(at));
    expect(told[0]).toBe(`${at}  "July 1, 2020"  2020-07-01  event 2020-06-30-chinas-top-legislature-passes-a-national  "China's top legislature passes a national security law for Hong Kong"`);
    expect(told.slice(1).map((line) => line.slice(at.length).split(' [')[0])).toEqual([
      '    title "Beijing imposes a national security law on Hong Kong" (the event is titled by another telling)',
      '    joined the event by',
      '    the event keeps 2020-06-30 ',
      '    coded COERCE china → hong-kong (material-conflict, -7) by',
    ]);
    expect(told[2]).toContain('[days-disagree] across articles');
    expect(told[3]).toContain('[merged-date] a merged event keeps');
    expect(told[4]).toContain('[coerce] imposing a law');
  });

  it('returns a skipped date with the rule that skipped it and its reason', () => {
    expect(lines).toContain(
      `${FILE}2024-starmer-xi-g20-live.md:9:174  "2018"  2018  skipped [bounding-date] a date after "since", "until" or "into" bounds a state or how far something lasts; it dates no happening of its own`,
    );
  });

  it('returns the articles apart and a count last', () => {
    expect(lines.filter((line) => line === '')).toHaveLength(11);
    expect(lines.at(-1)).toMatch(/^\d+ dates written: \d+ on the timeline, \d+ skipped; \d+ events$/u);
  });
});
