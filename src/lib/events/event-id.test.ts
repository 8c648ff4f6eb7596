import { describe, expect, it } from 'vitest';
import { eventId } from './event-id.ts';

describe('eventId', () => {
  it('returns the date and the title as one slug', () => {
    expect(eventId('2024-10-18', 'Lammy meets Wang Yi in Beijing', new Set())).toBe(
      '2024-10-18-lammy-meets-wang-yi-in-beijing',
    );
  });

  it('returns the same id for the same content', () => {
    expect(eventId('1997', 'London hands Hong Kong back to China', new Set())).toBe(
      eventId('1997', 'London hands Hong Kong back to China', new Set()),
    );
  });

  it('returns a numbered id when the id is taken', () => {
    const used = new Set<string>();
    expect(eventId('2020', 'Beijing imposes a law', used)).toBe('2020-beijing-imposes-a-law');
    expect(eventId('2020', 'Beijing imposes a law', used)).toBe('2020-beijing-imposes-a-law-2');
  });

  describe('edge cases', () => {
    it('cuts a long title at a word boundary', () => {
      const id = eventId('2015', 'David Cameron hails a “Golden Age” in relations between Britain and China at a state banquet', new Set());
      expect(id).toBe('2015-david-cameron-hails-a-golden-age-in-relations');
    });

    it('keeps TIMEX3 values readable in the slug', () => {
      expect(eventId('199X', 'Talks', new Set())).toBe('199x-talks');
    });
  });
});
