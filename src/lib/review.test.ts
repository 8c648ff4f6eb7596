import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reviewReport } from './review.ts';
import type { ReviewEntry } from './review.ts';
import { readContent } from './site-data.ts';

const seed = reviewReport(await readContent('content'));
const [article] = seed.articles;
const entries = article?.entries ?? [];
const seedLines = readFileSync('content/articles/lammy-beijing-visit.md', 'utf8').split('\n');
const timeline = reviewReport(await readContent('tests/fixtures/timeline'));

/** The entry at `text` in the timeline fixture's `articleId`. */
function timelineEntry(articleId: string, text: string): ReviewEntry | undefined {
  return timeline.articles.find((each) => each.articleId === articleId)?.entries.find((entry) => entry.text === text);
}

/** A content folder with one article, read and reviewed. */
async function reviewOf(markdown: string) {
  const dir = await mkdtemp(join(tmpdir(), 'entente-review-'));
  folders.push(dir);
  await mkdir(join(dir, 'articles'));
  await writeFile(join(dir, 'articles', 'a.md'), markdown);
  return reviewReport(await readContent(dir)).articles[0];
}
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('reviewReport', () => {
  it('returns each written date at its place in the file with the event it dates', () => {
    const handover = entries.find((entry) => entry.text === '1997');
    expect(handover?.outcome).toMatchObject({ eventId: expect.stringMatching(/^1997-/u), eventTitle: 'Britain hands Hong Kong back to China' });
    expect(seedLines[handover!.line - 1]?.slice(handover!.column - 1)).toMatch(/^1997\./u);
  });

  it('returns the named rule that kept a date off the timeline, with its reason', () => {
    expect(entries.find((entry) => entry.text === 'two-day')?.outcome).toEqual({
      rejectedBy: 'not-a-calendar-date',
      reason: 'durations, sets and dates with no place on the calendar cannot be placed on a timeline',
    });
  });

  it('returns events read without a written date: known events and the news', () => {
    expect(entries.filter((entry) => entry.source === 'known-event').map((entry) => entry.text)).toEqual(['Starmer took office']);
    expect(entries.filter((entry) => entry.source === 'news-week').map((entry) => entry.text)).toEqual(['', '']);
  });

  it('returns the entries in the order of the text', () => {
    const places = entries.map((entry) => entry.line * 10_000 + entry.column);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });

  it('returns the genre reading of each article and the rule that decided it', () => {
    expect(article?.genre).toEqual({ genre: 'news', reading: 'news', rule: 'genre-news', reason: expect.stringContaining('third person') });
  });

  it('returns where the publication date came from: the frontmatter, the page or nowhere', async () => {
    expect(article?.published).toEqual({ from: 'frontmatter', value: '2024-10-18' });
    const page = await reviewOf('---\ntitle: "Talks"\n---\n\nBrussels, 20 September 2012\n\nThe EU and China held a summit in Brussels on Thursday.\n');
    expect(page?.published).toEqual({ from: 'page', value: '2012-09-20', line: 5, column: 1, text: 'Brussels, 20 September 2012' });
    const undated = await reviewOf('---\ntitle: "Talks"\n---\n\nThe EU and China held a summit in Brussels in 2012.\n');
    expect(undated?.published).toEqual({ from: 'none' });
    expect(undated?.genre.rule).toBe('genre-undated');
  });

  it('returns the headline rules behind each title', () => {
    const friday = entries.find((entry) => entry.text === 'Friday' && entry.line === 40);
    expect(friday?.outcome).toMatchObject({ headline: { madeFrom: 'sentence', rules: [{ id: 'headline-short', reason: expect.any(String) }] } });
  });

  it('returns a title made from the editors’ known event as such, without headline rules', () => {
    expect(entries.find((entry) => entry.source === 'known-event')?.outcome).toMatchObject({ headline: { madeFrom: 'known-event', rules: [] } });
  });

  it('returns a template title and a sentence no title could be made from, plainly', async () => {
    const review = await reviewOf(
      '---\ntitle: "Talks"\ndate: 2012-09-21\n---\n\nOn 20 September 2012 (see annex), and.\n\nThey met the EU and China on 19 September 2012.\n',
    );
    const outcomes = review?.entries.map((entry) => entry.outcome) ?? [];
    const described = outcomes.map((outcome) => ('rejectedBy' in outcome ? outcome.rejectedBy : outcome.headline.madeFrom));
    expect(described).toEqual(['no-headline', 'template']);
    expect(outcomes[1]).toMatchObject({ headline: { title: 'Talks between EU and China', rules: expect.arrayContaining([{ id: 'headline-template', reason: expect.any(String) }]) } });
  });

  it('returns the merge rule that joined a telling to an event another telling started', () => {
    expect(entries.find((entry) => entry.text === 'Friday afternoon')?.outcome).toMatchObject({ joinedBy: { id: 'shared-people', reason: expect.any(String) } });
    expect(entries.find((entry) => entry.text === 'two-day' || entry.text === '1997')?.outcome).not.toHaveProperty('joinedBy');
  });

  it('returns the date a merged event keeps when it is not the telling’s own, by the merged-date rule', () => {
    const agencyB = timelineEntry('2020-security-law-agency-b', 'July 1, 2020');
    expect(agencyB?.outcome).toMatchObject({ joinedBy: { id: 'days-disagree' }, eventDate: { value: '2020-06-30', rule: 'merged-date' } });
  });

  it('returns totals that count the dates, those on the timeline and the events', () => {
    const dates = entries.filter((entry) => entry.source === 'date');
    expect(seed.totals).toEqual({
      dates: dates.length,
      onTimeline: dates.filter((entry) => 'eventId' in entry.outcome).length,
      skipped: dates.filter((entry) => 'rejectedBy' in entry.outcome).length,
      events: new Set(entries.flatMap((entry) => ('eventId' in entry.outcome ? [entry.outcome.eventId] : []))).size,
    });
  });
});
