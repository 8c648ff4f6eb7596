import { afterEach, describe, expect, it } from 'vitest';
import type { SiteData } from '../lib/index.ts';
import { devReading, hasDevReadings, keepDevReading } from './dev-reading.ts';

/** A reading told apart by its one era's id. */
const reading = (id: string): SiteData => ({ articles: [], events: [], eras: [{ id, title: id, start: '2020', end: '2021', text: '' }], warnings: [] });
const shown = (revision: number | undefined): string | undefined => devReading(revision)?.eras[0]?.id;

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('entente.devReadings')];
});

describe('the dev server’s readings', () => {
  it('are none in a build, which reads the collections', () => {
    expect(hasDevReadings()).toBe(false);
    expect(devReading(1)).toBeUndefined();
  });

  it('returns the reading of the revision Astro’s store names, not the newest, while Astro has not written the newest', () => {
    const first = keepDevReading(reading('first'));
    const second = keepDevReading(reading('second'));
    expect(second).toBeGreaterThan(first);
    expect(shown(first)).toBe('first');
    expect(shown(second)).toBe('second');
  });

  it('returns, for a reading that ended in an error, the last good one, and keeps it when a good one follows', () => {
    keepDevReading(reading('good'));
    const error = keepDevReading(undefined);
    const next = keepDevReading(reading('next'));
    expect(shown(error)).toBe('good');
    expect(shown(next)).toBe('next');
  });

  it('returns the newest for a revision of no reading of this run: the store of an earlier run', () => {
    const first = keepDevReading(reading('first'));
    keepDevReading(reading('second'));
    expect(shown(first - 1)).toBe('second');
    expect(shown(undefined)).toBe('second');
  });

  it('keeps every reading newer than the one named, however many, and forgets those before the one before it', () => {
    const revisions = ['a', 'b', 'c', 'd', 'e'].map((id) => keepDevReading(reading(id)));
    expect(shown(revisions[0])).toBe('a');
    expect(shown(revisions[3])).toBe('d');
    expect(shown(revisions[2])).toBe('c');
    expect(shown(revisions[1])).toBe('e');
    expect(shown(revisions[4])).toBe('e');
  });
});
