import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/index.ts';
import type { TimelineEvent } from '../../src/lib/index.ts';

/**
 * Golden events for the fixture articles in tests/fixtures/timeline: eight short articles in
 * different news styles that tell overlapping stories. Regenerate on purpose with
 * `UPDATE=1 npx vitest run tests/unit/golden-events.test.ts` and review the diff.
 */
const FIXTURE = 'tests/fixtures/timeline';
const GOLDEN = new URL('../fixtures/timeline/expected-events.json', import.meta.url);

function summary(event: TimelineEvent) {
  return {
    id: event.id,
    date: event.date,
    title: event.title,
    type: event.type,
    kind: event.kind,
    actors: event.actors.map((actor) => actor.id),
    sources: event.sources.map((source) => `${source.articleId}:${source.line}:${source.column} ${JSON.stringify(source.dateText)}`),
    ...(event.datesDisagree ? { datesDisagree: event.datesDisagree } : {}),
  };
}

const { events } = await buildSiteData(FIXTURE);
const actual = events.map(summary);
if (process.env.UPDATE) writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
const expected = JSON.parse(readFileSync(GOLDEN, 'utf8')) as ReturnType<typeof summary>[];

describe('events of the fixture articles', () => {
  it('returns the golden events', () => {
    expect(actual).toEqual(expected);
  });

  it('returns a state visit reported on the day, recalled years later and listed in a reference as one event', () => {
    const visit = events.filter((event) => event.type === 'visit' && /Xi Jinping/u.test(event.title) && event.date.value.startsWith('2015'));
    expect(visit).toHaveLength(1);
    expect(visit[0]?.date).toEqual({ value: '2015-10-20', precision: 'day' });
    expect(new Set(visit[0]?.sources.map((source) => source.articleId))).toEqual(
      new Set(['2015-xi-arrives-in-london', '2023-golden-era-looking-back', '2019-relations-reference']),
    );
  });

  it('returns a law two agencies date differently as one event with the disagreement', () => {
    const laws = events.filter((event) => event.type === 'law' && event.date.value.startsWith('2020-06'));
    expect(laws).toHaveLength(1);
    expect(laws[0]?.datesDisagree).toEqual(['2020-06-30', '2020-07-01']);
    expect(new Set(laws[0]?.sources.map((source) => source.articleId))).toEqual(
      new Set(['2020-security-law-agency-a', '2020-security-law-agency-b']),
    );
  });

  it('returns no event twice', () => {
    const keys = events.map((event) => `${event.date.value} ${event.title}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
