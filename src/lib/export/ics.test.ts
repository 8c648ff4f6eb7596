import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../events/model.ts';
import { buildSiteData } from '../site-data.ts';
import { eventsCalendar } from './ics.ts';
import { sampleEvent } from './_lib/sample-event.ts';

/** The calendar's VEVENTs as ical.js reads them. */
function parsedEvents(ics: string): InstanceType<typeof ICAL.Event>[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

function vevent(ics: string, index = 0): InstanceType<typeof ICAL.Component> {
  const found = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')[index];
  if (!found) throw new Error(`no VEVENT ${index}`);
  return found;
}

const monthEvent = sampleEvent({ id: '2020-06-beijing-imposes-law', date: { value: '2020-06', precision: 'month' }, title: 'Beijing imposes a law' });
const weekEvent = sampleEvent({ id: '2024-w42-talks', date: { value: '2024-W42', precision: 'week' }, title: 'Talks' });
const yearEvent = sampleEvent({ id: '1997-handover', date: { value: '1997', precision: 'year' }, title: 'Britain hands Hong Kong back' });
const decadeEvent = sampleEvent({ id: '199x-trade', date: { value: '199X', precision: 'decade' }, title: 'Trade grows' });

describe('eventsCalendar', () => {
  it('returns an RFC 5545 calendar with CRLF line endings and the required properties', () => {
    const ics = eventsCalendar([sampleEvent()], { calendarName: 'UK–China; relations' });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Entente//Entente timeline//EN\r\nCALSCALE:GREGORIAN\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/u);
    expect(ics).toContain('X-WR-CALNAME:UK–China\\; relations\r\n');
  });

  it('returns an all-day VEVENT with an exclusive next-day DTEND when the event is dated to the day', () => {
    const [event] = parsedEvents(eventsCalendar([sampleEvent()]));
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe('2024-10-18');
    expect(event?.endDate.toString()).toBe('2024-10-19');
    expect(eventsCalendar([sampleEvent()])).toContain('DTSTART;VALUE=DATE:20241018\r\nDTEND;VALUE=DATE:20241019\r\n');
  });

  it('returns DTEND in the next month or year when the day is the last of one', () => {
    const ends = ['2024-10-31', '2024-12-31', '2024-02-28', '2023-02-28'].map((value) => {
      const ics = eventsCalendar([sampleEvent({ date: { value, precision: 'day' } })]);
      return /DTEND;VALUE=DATE:(\d{8})/u.exec(ics)?.[1];
    });
    expect(ends).toEqual(['20241101', '20250101', '20240229', '20230301']);
  });

  it('returns a stable UID, with the site’s host and a URL to the event page when the site is known', () => {
    expect(parsedEvents(eventsCalendar([sampleEvent()]))[0]?.uid).toBe('2024-10-18-lammy-meets-wang-yi@entente');
    const ics = eventsCalendar([sampleEvent()], { siteUrl: 'https://example.org/timeline/' });
    expect(parsedEvents(ics)[0]?.uid).toBe('2024-10-18-lammy-meets-wang-yi@example.org');
    expect(vevent(ics).getFirstPropertyValue('url')).toBe('https://example.org/timeline/events/2024-10-18-lammy-meets-wang-yi/');
  });

  it('returns the event type, then the PLOVER type and quad class when coded, as CATEGORIES', () => {
    expect(eventsCalendar([sampleEvent()])).toContain('CATEGORIES:meeting,CONSULT,verbal-cooperation\r\n');
    expect(eventsCalendar([sampleEvent({ relation: null })])).toContain('CATEGORIES:meeting\r\n');
  });

  it('returns no URL when the site is known only as a path', () => {
    expect(eventsCalendar([sampleEvent()], { siteUrl: '/timeline/' })).not.toContain('\r\nURL:');
  });

  it('returns the newest publication date of the events’ articles at midnight UTC as DTSTAMP', () => {
    const older = sampleEvent({ id: 'older', sources: [{ ...sampleEvent().sources[0]!, articleId: 'older-article' }] });
    const articleDates = new Map([
      ['lammy-beijing-visit', '2024-10-19'],
      ['older-article', '2023-01-02'],
      ['unrelated-article', '2025-05-05'],
    ]);
    const ics = eventsCalendar([older, sampleEvent()], { articleDates });
    expect(ics.match(/^DTSTAMP:.*$/gmu)).toEqual(['DTSTAMP:20241019T000000Z', 'DTSTAMP:20241019T000000Z']);
    expect(vevent(ics).getFirstPropertyValue('dtstamp')?.toString()).toBe('2024-10-19T00:00:00Z');
  });

  it('returns the latest day an event starts as DTSTAMP when no article dates are given', () => {
    const ics = eventsCalendar([monthEvent, sampleEvent()]);
    expect(vevent(ics).getFirstPropertyValue('dtstamp')?.toString()).toBe('2024-10-18T00:00:00Z');
  });

  it('returns the same bytes on every call, whatever order the events come in', () => {
    const events = [sampleEvent(), monthEvent, weekEvent];
    const first = eventsCalendar(events, { siteUrl: 'https://example.org/' });
    expect(eventsCalendar([...events].reverse(), { siteUrl: 'https://example.org/' })).toBe(first);
    expect(Buffer.from(eventsCalendar(events, { siteUrl: 'https://example.org/' })).equals(Buffer.from(first))).toBe(true);
  });

  it('returns week and month events as all-day spans over the days they cover', () => {
    const ics = eventsCalendar([monthEvent, weekEvent]);
    const [month, week] = parsedEvents(ics);
    expect([month?.startDate.toString(), month?.endDate.toString()]).toEqual(['2020-06-01', '2020-07-01']);
    expect([week?.startDate.toString(), week?.endDate.toString()]).toEqual(['2024-10-14', '2024-10-21']);
    expect(vevent(ics).getFirstPropertyValue('x-entente-precision')).toBe('month');
  });

  it('returns an exclusive DTEND the day after the end when the event lasts several days', () => {
    const range = sampleEvent({ date: { value: '1972-02-21', precision: 'day', end: '1972-02-28', endPrecision: 'day' } });
    const ics = eventsCalendar([range]);
    const [event] = parsedEvents(ics);
    expect([event?.startDate.toString(), event?.endDate.toString()]).toEqual(['1972-02-21', '1972-02-29']);
    expect(event?.startDate.isDate && event.endDate.isDate).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:19720221\r\nDTEND;VALUE=DATE:19720229\r\n');
    expect(vevent(ics).getFirstPropertyValue('x-entente-end-precision')).toBe('day');
  });

  it('returns one span over every day from the first month to the end of the last when months make the range', () => {
    const range = sampleEvent({ date: { value: '1972-02', precision: 'month', end: '1973-03', endPrecision: 'month' } });
    const [event] = parsedEvents(eventsCalendar([range]));
    expect([event?.startDate.toString(), event?.endDate.toString()]).toEqual(['1972-02-01', '1973-04-01']);
  });

  it('returns no VEVENT for a range of years, or one that ends at a year, as for a year', () => {
    const years = sampleEvent({ id: 'years', date: { value: '2011', precision: 'year', end: '2012', endPrecision: 'year' } });
    const dayToYear = sampleEvent({ id: 'day-to-year', date: { value: '2011-03-04', precision: 'day', end: '2012', endPrecision: 'year' } });
    expect(parsedEvents(eventsCalendar([years, dayToYear]))).toEqual([]);
  });

  it('returns no VEVENT for an event dated to a year or coarser', () => {
    const ics = eventsCalendar([yearEvent, decadeEvent, sampleEvent({ date: { value: '2019-SU', precision: 'season' } })]);
    expect(parsedEvents(ics)).toEqual([]);
    expect(ics).not.toContain('BEGIN:VEVENT');
  });

  it('returns one all-day VEVENT for each seed event dated to the day, week or month', async () => {
    const { events } = await buildSiteData('content');
    const calendarPrecisions = ['day', 'week', 'month'];
    const shown = events.filter(
      ({ date }) => calendarPrecisions.includes(date.precision) && (date.endPrecision === undefined || calendarPrecisions.includes(date.endPrecision)),
    );
    const parsed = parsedEvents(eventsCalendar(events));
    expect(shown.some((event) => event.date.precision === 'day')).toBe(true);
    expect(parsed.map((event) => event.uid).sort()).toEqual(shown.map((event) => `${event.id}@entente`).sort());
    expect(parsed.every((event) => event.startDate.isDate)).toBe(true);
  });

  describe('edge cases', () => {
    it('returns TEXT with backslashes, semicolons, commas and line breaks escaped', () => {
      const title = 'Lammy, Wang; talks \\ "trade"';
      const summary = 'First line.\nSecond line,\r\nthird; line.';
      const ics = eventsCalendar([sampleEvent({ title, summary })]);
      expect(ics).toContain('SUMMARY:Lammy\\, Wang\\; talks \\\\ "trade"\r\n');
      const [event] = parsedEvents(ics);
      expect(event?.summary).toBe(title);
      expect(event?.description.startsWith('First line.\nSecond line,\nthird; line.\n\nSources:\n- Lammy urges')).toBe(true);
    });

    it('returns lines folded at 75 octets without splitting a multi-byte character', () => {
      const summary = `${'Diaoyutai 釣魚台 guesthouse — “Golden Age” 🇬🇧🇨🇳 '.repeat(12)}end`;
      const ics = eventsCalendar([sampleEvent({ summary })]);
      const lines = ics.split('\r\n');
      expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
      for (const line of lines) expect(Buffer.from(Buffer.from(line).toString('utf8')).equals(Buffer.from(line))).toBe(true);
      expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
      expect(parsedEvents(ics)[0]?.description.startsWith(summary)).toBe(true);
    });

    it('returns a line of exactly 75 octets unfolded', () => {
      const title = 'x'.repeat(75 - 'SUMMARY:'.length);
      const ics = eventsCalendar([sampleEvent({ title })]);
      expect(ics).toContain(`\r\nSUMMARY:${title}\r\nDESCRIPTION:`);
    });

    it('returns control characters dropped from TEXT', () => {
      const [event] = parsedEvents(eventsCalendar([sampleEvent({ title: 'Talks\u0000\u0007 end' })]));
      expect(event?.summary).toBe('Talks end');
    });

    it('returns the differing dates in the description when sources disagree', () => {
      const disputed: TimelineEvent = sampleEvent({ datesDisagree: ['2020-06-30', '2020-07-01'] });
      expect(parsedEvents(eventsCalendar([disputed]))[0]?.description).toContain('different dates: 2020-06-30, 2020-07-01');
    });

    it('returns each article once in the description when it tells the event twice', () => {
      const [source] = sampleEvent().sources;
      const twice = sampleEvent({ sources: [source!, { ...source!, line: 9, anchor: 'L9' }] });
      const description = parsedEvents(eventsCalendar([twice]))[0]?.description ?? '';
      expect(description.match(/- Lammy urges/gu)).toHaveLength(1);
      expect(description).toContain('<https://example.org/news/lammy-beijing>');
    });

    it('returns an empty calendar when there are no events', () => {
      expect(eventsCalendar([])).toBe(
        'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Entente//Entente timeline//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Entente\r\nEND:VCALENDAR\r\n',
      );
    });
  });
});
