import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewEntries } from './review.ts';
import { readContent } from './site-data.ts';

const entries = reviewEntries(await readContent('content'));
const seedLines = readFileSync('content/articles/lammy-beijing-visit.md', 'utf8').split('\n');

describe('reviewEntries', () => {
  it('returns each written date at its place in the file with the event it dates', () => {
    const handover = entries.find((entry) => entry.text === '1997');
    expect(handover?.outcome).toEqual({ eventId: expect.stringMatching(/^1997-/u) });
    expect(seedLines[handover!.line - 1]?.slice(handover!.column - 1)).toMatch(/^1997\./u);
  });

  it('returns the named rule that kept a date off the timeline', () => {
    expect(entries.find((entry) => entry.text === 'two-day')?.outcome).toMatchObject({ rejectedBy: 'not-a-calendar-date' });
  });

  it('returns events read without a written date: known events and the news week', () => {
    expect(entries.filter((entry) => entry.source === 'known-event').map((entry) => entry.text)).toEqual(['Starmer took office']);
    expect(entries.filter((entry) => entry.source === 'news-week').map((entry) => entry.value)).toEqual(['2024-W42', '2024-W42']);
  });

  it('returns the entries in the order of the text', () => {
    const places = entries.map((entry) => entry.line * 10_000 + entry.column);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });
});
