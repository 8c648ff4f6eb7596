import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/parse.ts';
import { analyseArticle, createAnalysisContext } from './analyse.ts';

const context = createAnalysisContext({ actors: [], knownEvents: [] });

/** The events one article gives: date (with its end) and title. */
function eventsOf(frontmatter: string, body: string): Array<[string, string]> {
  const { article, diagnostics } = parseArticle(new TextEncoder().encode(`---\n${frontmatter}\n---\n\n${body}\n`), 'a.md');
  expect(diagnostics.filter((diagnostic) => diagnostic.fatal)).toEqual([]);
  return analyseArticle(article!, context).candidates.map((event) => [event.date.end ? `${event.date.value}/${event.date.end}` : event.date.value, event.title]);
}

describe('analyseArticle by genre', () => {
  it('returns dates of an undated reference page placed by the narrative, not by a publication date', () => {
    expect(
      eventsOf('title: Talks', 'In March 1972 the talks between China and Japan resumed. On 14 April the ministers of China and Japan signed a trade agreement in Beijing.'),
    ).toEqual([
      ['1972-03', 'The talks between China and Japan resume'],
      ['1972-04-14', 'The ministers of China and Japan sign a trade agreement in Beijing'],
    ]);
  });

  it('returns no event for "last week" in an undated page (needs-publication-date)', () => {
    expect(eventsOf('title: Talks', 'Last week the archive of the Foreign Ministry of Japan was reopened.')).toEqual([]);
  });

  it('returns the speaker of a speech as the subject of its first-person happenings, in the third person', () => {
    expect(eventsOf('title: Speech\ndate: 2019-03-12\nspeaker: Theresa May', 'Last November I travelled to Delhi, where I met Prime Minister Modi.')).toEqual([
      ['2018-11', 'Theresa May travels to Delhi'],
    ]);
  });

  it('returns a span of time as one event with an end', () => {
    expect(eventsOf('title: Visit\ndate: 1972-03-01', 'President Nixon visited China from February 21 to 28, 1972.')).toEqual([['1972-02-21/1972-02-28', 'Nixon visits China']]);
  });

  it('returns each happening of a sentence that tells two', () => {
    expect(
      eventsOf('title: Recognition\ndate: 1956-04-01', 'After the republic of Tunisia was proclaimed on 2 March 1956, France recognised it on 20 March.').map(([date]) => date),
    ).toEqual(['1956-03-02', '1956-03-20']);
  });

  it('returns the year an anniversary counts from', () => {
    expect(eventsOf('title: Visit\ndate: 2020-06-18', 'Boris Johnson welcomed Emmanuel Macron today to mark the 80th anniversary of General de Gaulle’s Appel.')).toContainEqual([
      '1940',
      'General de Gaulle’s Appel',
    ]);
  });
});
