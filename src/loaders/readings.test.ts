import { afterEach, describe, expect, it } from 'vitest';
import type { SiteData } from '../lib/index.ts';
import { STALE_STORE_MS, keepReading, setRepublish, shownReading } from './readings.ts';

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

  it('asks the loader to store the newest reading again when the store still names an older one STALE_STORE_MS after it was kept, once each STALE_STORE_MS', () => {
    let asked = 0;
    setRepublish(() => (asked += 1));
    const kept = 1_000_000;
    const first = keepReading(reading('first'), kept);
    keepReading(reading('second'), kept);
    // The store is written within milliseconds of a sync: no need to ask yet.
    expect(shownReading(first, kept + STALE_STORE_MS)).toBeDefined();
    expect(asked).toBe(0);
    // It still names the first: the dev server kept its store as it was.
    expect(shownReading(first, kept + STALE_STORE_MS + 1)?.eras[0]?.id).toBe('first');
    expect(asked).toBe(1);
    shownReading(first, kept + STALE_STORE_MS + 2);
    expect(asked).toBe(1);
    shownReading(first, kept + 2 * STALE_STORE_MS + 2);
    expect(asked).toBe(2);
  });

  it('never asks while the store names the newest reading, or names none yet, or in a build (no loader asks to be told)', () => {
    let asked = 0;
    const kept = 1_000_000;
    const only = keepReading(reading('only'), kept);
    shownReading(only - 1, kept + 10 * STALE_STORE_MS);
    setRepublish(() => (asked += 1));
    shownReading(only, kept + 10 * STALE_STORE_MS);
    shownReading(undefined, kept + 10 * STALE_STORE_MS);
    expect(asked).toBe(0);
  });
});
