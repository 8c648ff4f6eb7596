import { describe, expect, it } from 'vitest';
import { eventKind } from './event-kind.ts';

describe('eventKind', () => {
  it('returns reported for the day of publication', () => {
    expect(eventKind({ start: '2024-10-18', end: '2024-10-18' }, '2024-10-18')).toBe('reported');
  });

  it('returns reported for a plan in the coming weeks', () => {
    expect(eventKind({ start: '2024-10-25', end: '2024-10-25' }, '2024-10-21')).toBe('reported');
  });

  it('returns background for history the article recalls', () => {
    expect(eventKind({ start: '1997-01-01', end: '1997-12-31' }, '2024-10-18')).toBe('background');
    expect(eventKind({ start: '2024-06-03', end: '2024-06-03' }, '2024-10-18')).toBe('background');
  });

  describe('edge cases', () => {
    it('returns background for a month, even the current one', () => {
      expect(eventKind({ start: '2024-10-01', end: '2024-10-31' }, '2024-10-18')).toBe('background');
    });
  });
});
