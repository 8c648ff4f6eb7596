import { describe, expect, it } from 'vitest';
import type { Timex } from '../dates/timex.ts';
import { EVENT_RULES, rejectingRule } from './event-rules.ts';
import { eventType } from './event-type.ts';
import type { Actor } from './model.ts';

const LAMMY: Actor = { id: 'david-lammy', name: 'David Lammy', kind: 'person' };

/** The rule that keeps `dateText` in `sentence` off the timeline, or undefined when it is an event. */
function ruleFor(
  sentence: string,
  dateText: string,
  value: string,
  options: { type?: Timex['type']; actors?: Actor[]; blockKind?: string; labelLine?: boolean; dated?: boolean } = {},
): string | undefined {
  const dateStart = sentence.indexOf(dateText);
  const timex: Timex = { start: dateStart, end: dateStart + dateText.length, text: dateText, type: options.type ?? 'DATE', value };
  const input = {
    sentence,
    blockKind: options.blockKind ?? 'paragraph',
    timex,
    dateStart,
    actors: options.actors ?? [LAMMY],
    labelLine: options.labelLine ?? false,
    dated: options.dated ?? true,
  };
  return rejectingRule({ ...input, sentenceType: eventType(sentence, '') })?.id;
}

describe('rejectingRule', () => {
  it('returns undefined for a dated happening with someone doing it', () => {
    expect(ruleFor('Lammy met Wang Yi on Friday.', 'Friday', '2024-10-18')).toBeUndefined();
  });

  it('returns in-heading for a date in a heading', () => {
    expect(ruleFor('Talks in 2024', '2024', '2024', { blockKind: 'heading' })).toBe('in-heading');
  });

  it('returns not-a-calendar-date for durations, sets and unanchored values', () => {
    expect(ruleFor('He will meet them during his two-day trip.', 'two-day', 'P2D', { type: 'DURATION' })).toBe('not-a-calendar-date');
    expect(ruleFor('They meet every year.', 'every year', 'P1Y', { type: 'SET' })).toBe('not-a-calendar-date');
    expect(ruleFor('Lammy spoke on October 18.', 'October 18', 'XXXX-10-18')).toBe('not-a-calendar-date');
    expect(ruleFor('Lammy spoke recently.', 'recently', 'PAST_REF')).toBe('not-a-calendar-date');
  });

  it('returns page-label for a dateline', () => {
    expect(ruleFor('Brussels, 20 September 2012', '20 September 2012', '2012-09-20', { labelLine: true, actors: [] })).toBe('page-label');
  });

  it('returns undefined for a label line that names a happening ("EU-Japan summit, Tokyo, 29/05/2015")', () => {
    expect(ruleFor('EU-Japan summit, Tokyo, 29/05/2015', '29/05/2015', '2015-05-29', { labelLine: true })).toBeUndefined();
  });

  it('returns dateline for the date of a news dateline, and undefined for the story\'s own date', () => {
    const sentence = 'TOKYO, March 16 (Reuters) - Kishida and Yoon agreed on Thursday to restore visits.';
    expect(ruleFor(sentence, 'March 16', '2023-03-16')).toBe('dateline');
    expect(ruleFor(sentence, 'Thursday', '2023-03-16')).toBeUndefined();
  });

  it('returns publication-line for a date the page gives as its own', () => {
    expect(ruleFor('Lammy visits China (updated on 8 August 2016)', '8 August 2016', '2016-08-08')).toBe('publication-line');
    expect(ruleFor('Published 3 May 2019 by the Foreign Office', '3 May 2019', '2019-05-03')).toBe('publication-line');
  });

  it('returns needs-publication-date for "last week" in an undated page', () => {
    expect(ruleFor('Lammy met Wang last week.', 'last week', 'XXXX-WXX', { dated: false })).toBe('needs-publication-date');
  });

  it('returns century for a date that is an age', () => {
    expect(ruleFor('India is a defining partner of the 21st century.', '21st century', '20')).toBe('century');
  });

  it('returns bounding-date for a date after "since" or "until"', () => {
    expect(ruleFor('China has boosted ties with Russia since 2022.', '2022', '2022')).toBe('bounding-date');
    expect(ruleFor('The lease ran until 1997.', '1997', '1997')).toBe('bounding-date');
    expect(ruleFor('Britain does not want negotiations to drag on into the autumn.', 'the autumn', '2020-FA')).toBe('bounding-date');
  });

  it('keeps a date after "since" that a "when" clause dates', () => {
    expect(ruleFor('They reviewed progress since December 17, 2014, when Obama and Castro announced a thaw.', 'December 17, 2014', '2014-12-17')).toBeUndefined();
  });

  it('returns no-happening for a line with neither a verb nor a word for a happening', () => {
    expect(ruleFor('Lammy, 2024.', '2024', '2024')).toBe('no-happening');
  });

  it('returns undefined for a verbless line that names a happening ("1997 – Handover …")', () => {
    expect(ruleFor('1997 – Handover of Hong Kong to China.', '1997', '1997', { actors: [] })).toBeUndefined();
  });

  it('returns no-actor when nothing is named and no word names a diplomatic happening', () => {
    expect(ruleFor('Prices were high in 2023.', '2023', '2023', { actors: [] })).toBe('no-actor');
  });

  it('returns undefined when a proper name the gazetteer does not know does something', () => {
    expect(ruleFor('The Berlin Wall fell on 9 November 1989.', '9 November 1989', '1989-11-09', { actors: [] })).toBeUndefined();
  });

  it('has one named rule per reason, each with a reason to show editors', () => {
    expect(new Set(EVENT_RULES.map((rule) => rule.id)).size).toBe(EVENT_RULES.length);
    for (const rule of EVENT_RULES) expect(rule.reason.length).toBeGreaterThan(10);
  });
});
