import { describe, expect, it } from 'vitest';
import { sampleEvent } from '../export/_lib/sample-event.ts';
import { clipText, countOf, eventDescription } from './describe.ts';

describe('clipText', () => {
  it('returns short text unchanged, with its spaces collapsed', () => {
    expect(clipText('Lammy  met\nWang.')).toBe('Lammy met Wang.');
  });

  it('returns long text cut at a word with an ellipsis', () => {
    expect(clipText('Lammy met Wang at the guesthouse', 20)).toBe('Lammy met Wang at…');
  });

  describe('edge cases', () => {
    it('cuts inside a word that is longer than half the limit', () => {
      expect(clipText('Supercalifragilistic words', 10)).toBe('Supercali…');
    });
  });
});

describe('eventDescription', () => {
  it('returns the date at its own precision, then the sentence, within 160 characters', () => {
    const event = sampleEvent({
      date: { value: '1997', precision: 'year' },
      summary:
        'Perhaps the biggest sticking point between the two countries has been Hong Kong, the former British colony that London handed back to China in 1997, after more than 150 years of British rule.',
    });
    const description = eventDescription(event);
    expect(description.startsWith('1997: Perhaps the biggest sticking point')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith('…')).toBe(true);
  });

  it('returns the whole range when the event lasts', () => {
    const event = sampleEvent({ date: { value: '1986-10-12', precision: 'day', end: '1986-10-18', endPrecision: 'day' }, summary: 'The Queen visits China.' });
    expect(eventDescription(event)).toBe('12–18 Oct 1986: The Queen visits China.');
  });
});

describe('countOf', () => {
  it('returns the noun singular for one and plural otherwise', () => {
    expect([countOf(1, 'source'), countOf(3, 'source'), countOf(0, 'event')]).toEqual(['1 source', '3 sources', '0 events']);
  });
});
