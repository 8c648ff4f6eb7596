import { afterEach, describe, expect, it } from 'vitest';
import type { SiteData } from '../lib/index.ts';
import { keepReading, shownReading } from './readings.ts';

/** A reading told apart by its one era's id. */
const reading = (id: string): SiteData => ({ articles: [], events: [], eras: [{ id, title: id, start: '2020', end: '2021', text: '' }], warnings: [] });
const shown = (revision: number | undefined): string | undefined => shownReading(revision)?.eras[0]?.id;

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('entente.readings')];
});

describe('the readings', () => {
  it('show none before a first good reading', () => {
    expect(shownReading(1)).toBeUndefined();
    keepReading(undefined);
    expect(shownReading(undefined)).toBeUndefined();
  });

  it('returns the reading of the revision Astro’s store names, not the newest, while Astro has not written the newest', () => {
    const first = keepReading(reading('first'));
    const second = keepReading(reading('second'));
    expect(second).toBeGreaterThan(first);
    expect(shown(first)).toBe('first');
    expect(shown(second)).toBe('second');
  });

  it('returns, for a reading that ended in an error, the last good one, and keeps it when a good one follows', () => {
    keepReading(reading('good'));
    const error = keepReading(undefined);
    const next = keepReading(reading('next'));
    expect(shown(error)).toBe('good');
    expect(shown(next)).toBe('next');
  });

  it('returns the newest for a revision of no reading of this run: the store of an earlier run', () => {
    const first = keepReading(reading('first'));
    keepReading(reading('second'));
    expect(shown(first - 1)).toBe('second');
    expect(shown(undefined)).toBe('second');
  });

  it('keeps every reading newer than the one named, however many, and forgets those before the one before it', () => {
    const revisions = ['a', 'b', 'c', 'd', 'e'].map((id) => keepReading(reading(id)));
    expect(shown(revisions[0])).toBe('a');
    expect(shown(revisions[3])).toBe('d');
    expect(shown(revisions[2])).toBe('c');
    expect(shown(revisions[1])).toBe('e');
    expect(shown(revisions[4])).toBe('e');
  });
});
