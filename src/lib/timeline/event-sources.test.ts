import { describe, expect, it } from 'vitest';
import { SOURCES_QUOTED, sourceListing } from './event-sources.ts';

describe('sourceListing', () => {
  it('quotes every source of an event told by a few articles', () => {
    expect(sourceListing([1, 2, 3])).toEqual({ quoted: [1, 2, 3], listed: [] });
  });

  it('lists the sources beyond the quoted ones, in order, losing none', () => {
    const sources = Array.from({ length: SOURCES_QUOTED + 5 }, (_, index) => index);
    const { quoted, listed } = sourceListing(sources);
    expect(quoted).toHaveLength(SOURCES_QUOTED);
    expect([...quoted, ...listed]).toEqual(sources);
  });
});
