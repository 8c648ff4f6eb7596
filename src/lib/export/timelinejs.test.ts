import { describe, expect, it } from 'vitest';
import type { EventDate } from '../events/model.ts';
import { buildSiteData } from '../site-data.ts';
import { timelineJsDocument, timelineJsParts } from './timelinejs.ts';
import { sampleEvent } from './_lib/sample-event.ts';

function startDate(date: EventDate) {
  return timelineJsDocument([sampleEvent({ date })]).events[0]?.start_date;
}

describe('timelineJsDocument', () => {
  it('returns one slide per event with its id, quad class as group, and headline', () => {
    const { events } = timelineJsDocument([sampleEvent()]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      unique_id: '2024-10-18-lammy-meets-wang-yi',
      group: 'verbal-cooperation',
      start_date: { year: 2024, month: 10, day: 18 },
      text: { headline: 'Lammy meets Wang Yi in Beijing' },
    });
    expect(events[0]?.end_date).toBeUndefined();
  });

  it('returns not-coded as the group of an event that is no interaction', () => {
    expect(timelineJsDocument([sampleEvent({ relation: null })]).events[0]?.group).toBe('not-coded');
  });

  it('returns only the year when the event is dated to a year', () => {
    expect(startDate({ value: '1997', precision: 'year' })).toEqual({ year: 1997 });
  });

  it('returns year and month when the event is dated to a month', () => {
    expect(startDate({ value: '2020-06', precision: 'month' })).toEqual({ year: 2020, month: 6 });
  });

  it('returns the first year and a display date when the event is dated to a decade or century', () => {
    expect(startDate({ value: '199X', precision: 'decade' })).toEqual({ year: 1990, display_date: '1990s' });
    expect(startDate({ value: '19', precision: 'century' })).toEqual({ year: 1900, display_date: '20th century' });
  });

  it('returns the first month and a display date when the event is dated to a season, quarter or half', () => {
    expect(startDate({ value: '2019-SU', precision: 'season' })).toEqual({ year: 2019, month: 6, display_date: 'Summer 2019' });
    expect(startDate({ value: '2024-Q3', precision: 'quarter' })).toEqual({ year: 2024, month: 7, display_date: 'Q3 2024' });
    expect(startDate({ value: '2024-H2', precision: 'half' })).toEqual({ year: 2024, month: 7, display_date: 'Second half of 2024' });
  });

  it('returns the Monday and a display date when the event is dated to a week', () => {
    expect(startDate({ value: '2024-W42', precision: 'week' })).toEqual({ year: 2024, month: 10, day: 14, display_date: 'Week 42, 2024' });
  });

  it('returns a display date with the modifier when the date has one', () => {
    expect(startDate({ value: '2018', precision: 'year', mod: 'START' })).toEqual({ year: 2018, display_date: 'Early 2018' });
  });

  it('returns an end date at the end’s own precision when the event lasts', () => {
    const slides = timelineJsDocument([
      sampleEvent({ id: 'years', date: { value: '1997', precision: 'year', end: '2047', endPrecision: 'year' } }),
      sampleEvent({ id: 'days', date: { value: '1972-02-21', precision: 'day', end: '1972-02-28', endPrecision: 'day' } }),
      sampleEvent({ id: 'months', date: { value: '1972-02', precision: 'month', end: '1973-03', endPrecision: 'month' } }),
    ]).events;
    expect(Object.fromEntries(slides.map((slide) => [slide.unique_id, [slide.start_date, slide.end_date]]))).toEqual({
      days: [{ year: 1972, month: 2, day: 21 }, { year: 1972, month: 2, day: 28 }],
      months: [{ year: 1972, month: 2 }, { year: 1973, month: 3 }],
      years: [{ year: 1997 }, { year: 2047 }],
    });
  });

  it('returns a title slide when a title is given', () => {
    expect(timelineJsDocument([sampleEvent()], { title: 'UK & China', description: 'A <b>timeline</b>' }).title).toEqual({
      text: { headline: 'UK &amp; China', text: 'A &lt;b&gt;timeline&lt;/b&gt;' },
    });
    expect(timelineJsDocument([sampleEvent()])).not.toHaveProperty('title');
  });

  it('returns links to the article passage and the event page when the site is known', () => {
    const [slide] = timelineJsDocument([sampleEvent()], { siteUrl: '/timeline/' }).events;
    expect(slide?.text.text).toContain('<a href="/timeline/articles/lammy-beijing-visit/#L7">Lammy urges ‘constructive’ talks');
    expect(slide?.text.text).toContain('<a href="/timeline/events/2024-10-18-lammy-meets-wang-yi/">About this event</a>');
  });

  it('returns a slide with a year and text for every seed event, in chronological order', async () => {
    const { events } = await buildSiteData('content');
    const slides = timelineJsDocument(events).events;
    expect(slides.map((slide) => slide.unique_id)).toEqual(events.map((event) => event.id));
    for (const slide of slides) {
      expect(Number.isInteger(slide.start_date.year)).toBe(true);
      expect(slide.text.headline.length).toBeGreaterThan(0);
      expect(slide.text.text).toMatch(/^<p>/u);
    }
  });

  describe('edge cases', () => {
    it('returns HTML in titles, summaries and source titles escaped', () => {
      const event = sampleEvent({
        title: '<script>alert(1)</script> & co',
        summary: 'Wang said "<b>no</b>" & left',
        sources: [{ ...sampleEvent().sources[0]!, articleTitle: '<img src=x onerror=alert(1)>' }],
      });
      const [slide] = timelineJsDocument([event], { siteUrl: '/' }).events;
      expect(slide?.text.headline).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
      expect(slide?.text.text).toContain('<p>Wang said &quot;&lt;b&gt;no&lt;/b&gt;&quot; &amp; left</p>');
      expect(slide?.text.text).toContain('>&lt;img src=x onerror=alert(1)&gt;</a>');
      expect(slide?.text.text).not.toMatch(/<(?:script|img|b)\b/u);
    });

    it('returns the dates the sources give when they disagree', () => {
      const [slide] = timelineJsDocument([sampleEvent({ datesDisagree: ['2020-06-30', '2020-07-01'] })]).events;
      expect(slide?.text.text).toContain('The sources give different dates: 2020-06-30, 2020-07-01.');
    });

    it('returns one link per article, to its first passage, when an article tells the event twice', () => {
      const [source] = sampleEvent().sources;
      const twice = sampleEvent({ sources: [source!, { ...source!, line: 9, anchor: 'L9' }] });
      const [slide] = timelineJsDocument([twice], { siteUrl: '/' }).events;
      expect(slide?.text.text).toContain('<p>Source: <a href="/articles/lammy-beijing-visit/#L7">');
      expect(slide?.text.text).not.toContain('#L9');
    });

    it('returns no slides when there are no events', () => {
      expect(timelineJsDocument([])).toEqual({ events: [] });
    });
  });
});

describe('timelineJsParts', () => {
  const asText = (document: unknown): string => `${JSON.stringify(document, null, 2)}\n`;
  const dated = sampleEvent({ id: 'dated', date: { value: '1997-07-01', precision: 'day' } });
  // A value with no calendar place gives no slide.
  const undated = sampleEvent({ id: 'undated', date: { value: 'PAST_REF', precision: 'year' } });

  it('writes, in parts, the text of the document, with a title or not, whatever events give no slide', () => {
    for (const events of [[], [undated], [undated, dated, undated], [dated, dated]]) {
      for (const options of [{}, { title: 'UK & China', description: 'A "timeline"' }, { siteUrl: '/timeline/' }]) {
        expect([...timelineJsParts(events, options)].join('')).toBe(asText(timelineJsDocument(events, options)));
      }
    }
    expect(timelineJsDocument([undated]).events).toEqual([]);
  });
});
