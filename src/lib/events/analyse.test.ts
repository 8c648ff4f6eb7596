import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/index.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { analyseArticle, createAnalysisContext } from './analyse.ts';

const SEED_PATH = 'content/articles/lammy-beijing-visit.md';

function seedArticle() {
  const { article } = parseArticle(readFileSync(SEED_PATH), SEED_PATH);
  if (!article) throw new Error('the seed article must parse');
  return article;
}

describe('analyseArticle', () => {
  const analysis = analyseArticle(seedArticle(), createAnalysisContext({ actors: [], knownEvents: [] }));
  const byValue = (value: string) => analysis.candidates.filter((candidate) => candidate.date.value === value);

  it('returns the seed’s history as background events at their own precision', () => {
    for (const [value, words] of [
      ['1997', /Hong Kong back to China/],
      ['2015', /Golden Age/],
      ['2020', /national security law/],
    ] as const) {
      const [event, ...others] = byValue(value);
      expect(others).toEqual([]);
      expect(event?.date.precision).toBe('year');
      expect(event?.kind).toBe('background');
      expect(event?.title).toMatch(words);
    }
  });

  it('returns the meeting on Friday as a reported day-precision event', () => {
    const meeting = byValue('2024-10-18').find((event) => event.type === 'meeting');
    expect(meeting?.kind).toBe('reported');
    expect(meeting?.date.precision).toBe('day');
    expect(meeting?.actors.map((actor) => actor.id)).toEqual(expect.arrayContaining(['david-lammy', 'wang-yi']));
    expect(meeting?.sources[0]?.quote).toMatch(/^On Friday afternoon, Lammy met with Wang/u);
  });

  it('returns each source with the line and column of its sentence in the file', () => {
    const lines = readFileSync(SEED_PATH, 'utf8').split('\n');
    for (const candidate of analysis.candidates) {
      const [source] = candidate.sources;
      expect(lines[source!.line - 1]?.slice(source!.column - 1)).toMatch(new RegExp(`^${escapeRegExp(source!.quote.slice(0, 20))}`, 'u'));
    }
  });

  it('returns no event for durations or for a date that only bounds a state', () => {
    const values = analysis.candidates.map((candidate) => candidate.date.value);
    expect(values.every((value) => !value.startsWith('P'))).toBe(true);
    const rejectedTexts = analysis.mentions
      .filter((_, index) => 'rejectedBy' in (analysis.outcomes[index] ?? {}))
      .map((mention) => mention.timex.text);
    expect(rejectedTexts).toEqual(expect.arrayContaining(['two-day']));
  });

  it('returns an outcome for every mention', () => {
    expect(analysis.outcomes).toHaveLength(analysis.mentions.length);
  });
});

describe('analyseArticle edge cases', () => {
  it('returns a title that names who took part instead of an unresolved "He"', () => {
    const { article } = parseArticle(Buffer.from('---\ntitle: T\ndate: 2024-10-18\n---\n\nHe met Wang Yi in Beijing on Friday.\n'), 't.md');
    const [event] = analyseArticle(article!, createAnalysisContext({ actors: [], knownEvents: [] })).candidates;
    expect(event?.title).toBe('Talks between Wang Yi and China');
  });
});

describe('analyseArticle with several dates in a sentence', () => {
  function candidatesOf(body: string, date = '2025-06-10') {
    const { article } = parseArticle(Buffer.from(`---\ntitle: T\ndate: ${date}\n---\n\n${body}\n`), 't.md');
    return analyseArticle(article!, createAnalysisContext({ actors: [], knownEvents: [] })).candidates;
  }

  it('returns one event at the finer date when one date holds the other ("50 years ago, in May 1975")', () => {
    const events = candidatesOf('The EU and China established diplomatic relations 50 years ago, in May 1975.');
    expect(events.map((event) => event.date.value)).toEqual(['1975-05']);
  });

  it('returns a meeting titled by who met, not by where, when its sentence also compares with an earlier year', () => {
    const events = candidatesOf('Foreign Minister Musalia Mudavadi met Wang Yi at a closed-door meeting in Beijing on Tuesday, the first such visit since 1999.');
    expect(events.map((event) => [event.date.value, event.title])).toEqual([['2025-06-10', 'Musalia Mudavadi meets Wang Yi at a closed-door meeting in Beijing']]);
  });

  it('returns no event for the date of a report when what it reports has its own date', () => {
    const events = candidatesOf('The European Union and China will hold a summit in Beijing next month, officials said yesterday.');
    expect(events.map((event) => event.date.value)).toEqual(['2025-07']);
  });
});

describe('analyseArticle and bylines', () => {
  it('never takes a later short name for a reporter of the byline', () => {
    const text = '---\ntitle: Summit\ndate: 2018-04-27\n---\n\nBy Hyonhee Shin and Christine Kim\n\nNorth Korean leader Kim Jong Un met South Korean President Moon Jae-in. Kim crossed the border at 9:30 a.m. on Friday.\n';
    const { article } = parseArticle(new TextEncoder().encode(text), 'summit.md');
    const analysis = analyseArticle(article!, createAnalysisContext({ actors: [], knownEvents: [] }));
    const actors = analysis.candidates.flatMap((event) => event.actors.map((actor) => actor.id));
    expect(actors).toContain('kim-jong-un');
    expect(actors).not.toContain('christine-kim');
  });
});
