import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

  describe('when Astro’s store lags the newest reading', () => {
    let asked = 0;
    beforeEach(() => {
      asked = 0;
      vi.useFakeTimers();
    });
    afterEach(() => vi.useRealTimers());

    it('asks the loader to store the newest again once the store has named an older one for STALE_STORE_MS, then once each STALE_STORE_MS', () => {
      setRepublish(() => (asked += 1));
      const first = keepReading(reading('first'));
      keepReading(reading('second'));
      // The store is written within milliseconds of a sync: no need to ask yet.
      vi.advanceTimersByTime(STALE_STORE_MS);
      expect(shown(first)).toBe('first');
      expect(asked).toBe(0);
      // It still names the first: the dev server kept its store as it was.
      vi.advanceTimersByTime(1);
      expect(shown(first)).toBe('first');
      expect(asked).toBe(1);
      vi.advanceTimersByTime(1);
      shown(first);
      expect(asked).toBe(1);
      vi.advanceTimersByTime(STALE_STORE_MS);
      shown(first);
      expect(asked).toBe(2);
    });

    it('asks when the store names an earlier run’s revision', () => {
      setRepublish(() => (asked += 1));
      const only = keepReading(reading('only'));
      vi.advanceTimersByTime(STALE_STORE_MS + 1);
      expect(shown(only - 1)).toBe('only');
      expect(asked).toBe(1);
    });

    it('never asks while the store names the newest reading or none yet', () => {
      setRepublish(() => (asked += 1));
      const only = keepReading(reading('only'));
      vi.advanceTimersByTime(10 * STALE_STORE_MS);
      expect(shown(only)).toBe('only');
      expect(shown(undefined)).toBe('only');
      expect(asked).toBe(0);
    });

    it('in a build, where no loader gave a way to ask, shows what the store names and asks nothing (nothing to call)', () => {
      const first = keepReading(reading('first'));
      keepReading(reading('second'));
      vi.advanceTimersByTime(10 * STALE_STORE_MS);
      expect(shown(first)).toBe('first');
      expect(shown(first - 1)).toBe('second');
    });
  });
});
