import { describe, expect, it } from 'vitest';
import { sampleEvent } from '../export/_lib/sample-event.ts';
import { eventJsonLd } from './event-json-ld.ts';
import { jsonLdScript } from './json-ld.ts';

const meeting = sampleEvent({
  title: 'Lammy meets Wang Yi',
  actors: [
    { id: 'david-lammy', name: 'David Lammy', kind: 'person' },
    { id: 'china', name: 'China', kind: 'country' },
    { id: 'diaoyutai', name: 'Diaoyutai State Guesthouse', kind: 'place' },
  ],
});

const options = { url: 'https://example.org/events/x/', sourceUrl: () => 'https://example.org/articles/lammy-beijing-visit/#L13' };

describe('eventJsonLd', () => {
  it('returns a schema.org Event dated at its own precision, with places as location and the rest as about', () => {
    expect(eventJsonLd(meeting, options)).toMatchObject({
      '@type': 'Event',
      name: 'Lammy meets Wang Yi',
      startDate: '2024-10-18',
      location: { '@type': 'Place', name: 'Diaoyutai State Guesthouse' },
      about: [
        { '@type': 'Person', name: 'David Lammy' },
        { '@type': 'Country', name: 'China' },
      ],
      subjectOf: [{ '@type': 'NewsArticle', url: 'https://example.org/articles/lammy-beijing-visit/#L13' }],
    });
  });

  it('returns a year-precision event with a year, never a day', () => {
    const ld = eventJsonLd({ ...meeting, date: { value: '1997', precision: 'year' } }, options);
    expect(ld.startDate).toBe('1997');
    expect(ld).not.toHaveProperty('endDate');
  });

  it.each([
    ['days', { value: '1972-02-21', precision: 'day', end: '1972-02-28', endPrecision: 'day' }, '1972-02-21', '1972-02-28'],
    ['months', { value: '1972-02', precision: 'month', end: '1973-03', endPrecision: 'month' }, '1972-02', '1973-03'],
    ['years', { value: '2011', precision: 'year', end: '2012', endPrecision: 'year' }, '2011', '2012'],
    ['a day to a month', { value: '2015-03-04', precision: 'day', end: '2015-04', endPrecision: 'month' }, '2015-03-04', '2015-04'],
  ] as const)('returns an endDate at the end’s precision when the event lasts %s', (_name, date, startDate, endDate) => {
    expect(eventJsonLd({ ...meeting, date }, options)).toMatchObject({ startDate, endDate });
  });

  describe('edge cases', () => {
    it('returns no location when no place is known', () => {
      expect(eventJsonLd({ ...meeting, actors: [] }, options)).not.toHaveProperty('location');
    });

    it('keeps a hostile title inside its script element', () => {
      const text = jsonLdScript(eventJsonLd({ ...meeting, title: '</script><script>alert(1)</script>' }, options));
      expect(text).not.toContain('</script');
      expect((JSON.parse(text) as { name: string }).name).toBe('</script><script>alert(1)</script>');
    });
  });
});
