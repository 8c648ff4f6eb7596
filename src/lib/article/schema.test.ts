import { describe, expect, it } from 'vitest';
import { issueMessage } from './error-map.ts';
import { calendarDateSchema, endsNotBefore, eventOverrideSchema, frontmatterSchema } from './schema.ts';

describe('frontmatterSchema', () => {
  it('returns the fields with tags defaulting to [] when only title and date are given', () => {
    expect(frontmatterSchema.parse({ title: 'A', date: '2024-10-18' })).toEqual({ title: 'A', date: '2024-10-18', tags: [] });
  });

  it('returns every field when all are valid', () => {
    const data = { title: ' A ', date: '2024-10-18', source: 'AFP', url: 'https://example.org/a', tags: ['china'] };
    expect(frontmatterSchema.parse(data)).toEqual({ ...data, title: 'A' });
  });

  it('returns the data without unknown keys when there are some', () => {
    expect(frontmatterSchema.parse({ title: 'A', date: '2024-10-18', notes: 'B' })).not.toHaveProperty('notes');
  });

  describe('edge cases', () => {
    it('fails when the url is not http(s), since it becomes a link', () => {
      expect(frontmatterSchema.safeParse({ title: 'A', date: '2024-10-18', url: 'javascript:alert(1)' }).success).toBe(false);
    });
    it('fails when the title is only spaces', () => {
      expect(frontmatterSchema.safeParse({ title: '  ', date: '2024-10-18' }).success).toBe(false);
    });
  });
});

describe('calendarDateSchema', () => {
  it.each(['2024-10-18', '2024-02-29', '0001-01-01', '9999-12-31'])('returns %s unchanged when it is a real date', (date) => {
    expect(calendarDateSchema.parse(date)).toBe(date);
  });

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '0000-01-01'])('fails when %s is not a real date', (date) => {
    expect(calendarDateSchema.safeParse(date).error?.issues[0]).toMatchObject({ code: 'custom', params: { ruleId: 'date-invalid' } });
  });

  it.each(['2024-10-18T10:00:00Z', '2024-10-18T10:00', '2024-10-18 23:59:59+02:00'])('returns the day as written of the date and time %s', (date) => {
    expect(calendarDateSchema.parse(date)).toBe('2024-10-18');
  });

  it.each(['18 October 2024', '2024-1-8', '24-10-18', '2024-10-18T25'])('fails on the shape when %s is not YYYY-MM-DD', (date) => {
    const issues = calendarDateSchema.safeParse(date).error?.issues ?? [];
    expect(issues.map((issue) => issue.code)).toEqual(['invalid_format']);
  });
});

describe('eventOverrideSchema', () => {
  /** The rule ids of what is wrong with one item of `events:`, as an article's messages name them. */
  function problems(item: unknown): string[] {
    const result = frontmatterSchema.safeParse({ title: 'A', date: '2024-10-18', events: [item] }, { reportInput: true });
    return (result.error?.issues ?? []).map((issue) => issueMessage(issue).ruleId);
  }

  it('returns an addition with its date, end, title, actors, type and quote', () => {
    const add = { date: '2024-10-19', end: '2024-10-20', title: 'Lammy meets business leaders', actors: ['david-lammy'], type: 'meeting', quote: 'business leaders' };
    expect(eventOverrideSchema.parse({ add })).toEqual({ add });
  });

  it('returns a correction, a drop with its reason and a join to a known event, each with its match', () => {
    expect(eventOverrideSchema.parse({ match: 'met with', date: '2024-10-18', title: 'T' })).toEqual({ match: 'met with', date: '2024-10-18', title: 'T' });
    expect(eventOverrideSchema.parse({ match: 'urged', drop: true, reason: 'an appeal' })).toEqual({ match: 'urged', drop: true, reason: 'an appeal' });
    expect(eventOverrideSchema.parse({ match: 'in 1997', same_as: 'hong-kong-handover' })).toEqual({ match: 'in 1997', same_as: 'hong-kong-handover' });
  });

  it('returns an editor’s relation, or null for no interaction, on a correction and on an addition', () => {
    const relation = { type: 'SANCTION', actor: 'china', recipient: 'united-kingdom' };
    expect(eventOverrideSchema.parse({ match: 'x', relation })).toEqual({ match: 'x', relation });
    expect(eventOverrideSchema.parse({ match: 'x', relation: null })).toEqual({ match: 'x', relation: null });
    expect(eventOverrideSchema.parse({ add: { date: '2024', title: 'T', actors: [], type: 'visit', relation } })).toMatchObject({ add: { relation } });
  });

  it('returns a year YAML read as a number as the digits written', () => {
    expect(eventOverrideSchema.parse({ match: 'in 1997', date: 1997 })).toMatchObject({ date: '1997' });
  });

  describe('edge cases', () => {
    it.each([
      ['both add and match', { add: { date: '2024', title: 'T', actors: [], type: 'visit' }, match: 'x' }, 'events-add-or-match'],
      ['neither add nor match', { title: 'T' }, 'events-add-or-match'],
      ['a match that changes nothing', { match: 'x' }, 'events-match-without-change'],
      ['a drop that also corrects', { match: 'x', drop: true, title: 'T' }, 'events-drop-with-correction'],
      ['an addition with a correction beside it', { add: { date: '2024', title: 'T', actors: [], type: 'visit' }, title: 'U' }, 'events-add-with-correction'],
      ['a misspelt key', { match: 'x', titel: 'T' }, 'events-unknown-key'],
      ['a type outside the vocabulary', { match: 'x', type: 'party' }, 'events-type-invalid'],
      ['a date that is no calendar date', { match: 'x', date: '2024-02-30' }, 'events-date-invalid'],
      ['an end before the date', { match: 'x', date: '2024-10-18', end: '2024-10-01' }, 'events-end-before-date'],
      ['an added event whose end is before its date', { add: { date: '2024-10-19', end: '2024-10-01', title: 'T', actors: [], type: 'visit' } }, 'events-end-before-date'],
      ['an added event without a title', { add: { date: '2024', actors: [], type: 'visit' } }, 'events-title-missing'],
      ['drop: false', { match: 'x', drop: false }, 'events-drop-invalid'],
      ['a relation type outside PLOVER', { match: 'x', relation: { type: 'MEET', actor: 'china', recipient: 'india' } }, 'events-type-invalid'],
      ['a relation without its recipient', { match: 'x', relation: { type: 'CONSULT', actor: 'china' } }, 'events-recipient-missing'],
      ['a relation whose two sides are one', { match: 'x', relation: { type: 'CONSULT', actor: 'china', recipient: 'china' } }, 'events-relation-same-sides'],
    ])('fails with %s', (_case, item, ruleId) => {
      expect(problems(item)).toContain(ruleId);
    });

    it('fails on a title longer than events.json allows', () => {
      expect(problems({ match: 'x', title: 'T'.repeat(81) })).toEqual(['events-title-invalid']);
    });
  });
});

describe('endsNotBefore', () => {
  it('returns true when the end is a coarser value that holds the start', () => {
    expect(endsNotBefore('1997-07-01', '1997')).toBe(true);
  });

  it('returns false when the end is a day before the start', () => {
    expect(endsNotBefore('2024-10-18', '2024-10-17')).toBe(false);
  });
});
