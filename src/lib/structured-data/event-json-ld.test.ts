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
