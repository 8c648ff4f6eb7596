/**
 * The pages' cache keys (src/layouts/cache-key.ts). That a rebuild with them gives the bytes of a
 * cold build is shown by tests/build/incremental.test.ts; here, what a key depends on.
 */
import { describe, expect, it } from 'vitest';
import type { KeyData } from '../../src/layouts/cache-key.ts';
import { pageCacheKeys } from '../../src/layouts/cache-key.ts';
import { sampleEvent } from '../../src/lib/export/_lib/sample-event.ts';
import type { TimelineEvent } from '../../src/lib/index.ts';

const SETTINGS = { order: 'oldest', pageSize: 100, site: 'https://example.org', base: '/' };

describe('pageCacheKeys', () => {
  const cacheKeyOf = pageCacheKeys(SETTINGS).keyOf;

  it('gives equal props the same key, in a build and the next', () => {
    expect(cacheKeyOf({ event: sampleEvent() })).toBe(pageCacheKeys({ ...SETTINGS }).keyOf({ event: sampleEvent() }));
    expect(cacheKeyOf({ event: sampleEvent() })).toMatch(/^[\w-]{43}$/u);
  });

  it('digests a shared value once, to the same key in the next build, to another when it changed', () => {
    const build = (title: string) => {
      const keys = pageCacheKeys(SETTINGS);
      const [event, other] = keys.share([sampleEvent({ title }), sampleEvent({ id: 'other' })]);
      return { key: keys.keyOf({ items: [event, other], neighbours: { next: event } }), unshared: cacheKeyOf({ items: [event, other] }) };
    };
    expect(build('Lammy visits Beijing').key).toBe(build('Lammy visits Beijing').key);
    expect(build('Lammy visits Beijing').key).not.toBe(build('Lammy visits Shanghai').key);
    expect(build('Lammy visits Beijing').unshared).not.toBe(build('Lammy visits Shanghai').unshared);
  });

  it('changes with anything in the props, however deep', () => {
    const event = sampleEvent();
    const quoted = { ...event, sources: event.sources.map((source) => ({ ...source, quote: `${source.quote}.` })) };
    expect(cacheKeyOf({ event: quoted })).not.toBe(cacheKeyOf({ event }));
    expect(cacheKeyOf({ event, neighbours: { next: sampleEvent({ id: 'other' }) } })).not.toBe(cacheKeyOf({ event, neighbours: {} }));
  });

  it('changes with every setting a page reads while rendering', () => {
    const props = { event: sampleEvent() };
    for (const change of [{ order: 'newest' }, { pageSize: 3 }, { site: undefined }, { base: '/timeline/' }]) {
      expect(pageCacheKeys({ ...SETTINGS, ...change }).keyOf(props)).not.toBe(cacheKeyOf(props));
    }
  });

  it('takes plain data and refuses what JSON would lose (checked by tsc)', () => {
    const event: KeyData<TimelineEvent> = sampleEvent();
    const withMap = { byId: new Map([['a', event]]) };
    // @ts-expect-error a Map would be written as {}: two different pages could share a key
    const refused: KeyData<typeof withMap> = withMap;
    expect(refused).toBe(withMap);
  });
});
