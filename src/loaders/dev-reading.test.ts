import { afterEach, describe, expect, it } from 'vitest';
import type { SiteData } from '../lib/index.ts';
import { devReading, hasDevReadings, setDevReading } from './dev-reading.ts';

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
    setDevReading(1, reading('first'));
    setDevReading(2, reading('second'));
    expect(shown(1)).toBe('first');
    expect(shown(2)).toBe('second');
  });

  it('returns the newest good reading for a revision that ended in an error or is of an earlier run', () => {
    setDevReading(1, reading('first'));
    setDevReading(2, reading('second'));
    expect(shown(3)).toBe('second');
    expect(shown(undefined)).toBe('second');
  });

  it('forgets all but the last three', () => {
    for (const revision of [1, 2, 3, 4]) setDevReading(revision, reading(`r${revision}`));
    expect(shown(1)).toBe('r4');
    expect(shown(2)).toBe('r2');
  });
});
