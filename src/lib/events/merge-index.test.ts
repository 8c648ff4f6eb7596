import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GroupIndex, filedUnder, searchedUnder } from './merge-index.ts';
import type { IndexedGroup } from './merge-index.ts';
import { DISAGREEMENT_MAX_DAYS } from './merge-rules.ts';

const DAY_MS = 86_400_000;

/** A day counted from 1 January 1970 as 'YYYY-MM-DD' (years 1–9999). */
function dayText(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** Days from year 101 to 2999, as counts from 1 January 1970, so that a century before them is still in year 1 or later. */
const aDay = fc.integer({ min: -682_638, max: 376_200 });
/** How many days an interval lasts: a day, a week, a month, a season, a year, a decade, a century. */
const aLength = fc.constantFrom(0, 6, 27, 30, 90, 364, 365, 3_652, 36_524);
const anInterval = fc.tuple(aDay, aLength).map(([start, length]) => ({ start, end: start + length }));

/** An interval and another at most DISAGREEMENT_MAX_DAYS from it, overlapping it or not. */
const twoNear = fc
  .tuple(anInterval, aLength)
  .chain(([first, length]) =>
    fc
      .integer({ min: first.start - length - DISAGREEMENT_MAX_DAYS, max: first.end + DISAGREEMENT_MAX_DAYS })
      .map((start) => [first, { start, end: start + length }] as const),
  );

function indexedGroup(interval: { start: string; end: string }): IndexedGroup {
  return { period: filedUnder(interval), keys: [], foundBy: -1, order: () => 0 };
}

describe('GroupIndex', () => {
  it('finds every group whose first date lies within DISAGREEMENT_MAX_DAYS of a telling’s, whatever the two dates and their lengths', () => {
    fc.assert(
      fc.property(twoNear, ([first, told]) => {
        const index = new GroupIndex<IndexedGroup>();
        const group = indexedGroup({ start: dayText(first.start), end: dayText(first.end) });
        index.add(group, [7]);
        const window = searchedUnder({ start: dayText(told.start), end: dayText(told.end) });
        expect(index.candidatesFor(window, [7], () => true)).toEqual([group]);
      }),
      { numRuns: 5_000 },
    );
  });

  it('finds, after any groups are filed and taken out, exactly the groups filed under a searched key and a period meeting the window', () => {
    // Days, a month, a year and a decade, so that groups share periods, or keys span many.
    const aGroupDate = fc.constantFrom(
      ...['2024-10-02', '2024-10-05', '2024-10-12', '2024-10-20', '2024-10-28', '2024-09-28', '2024-11-03', '2025-10-02', '2031-10-05'].map((day) => ({ start: day, end: day })),
      { start: '2024-10-01', end: '2024-10-31' },
      { start: '2024-01-01', end: '2024-12-31' },
      { start: '2020-01-01', end: '2029-12-31' },
      undefined,
    );
    // A day's windows, a decade's (through the periods a key is filed under), or none (no calendar place).
    const aWindow = fc.constantFrom(
      searchedUnder({ start: '2024-10-02', end: '2024-10-02' }),
      searchedUnder({ start: '2024-11-03', end: '2024-11-03' }),
      searchedUnder({ start: '2024-01-01', end: '2033-12-31' }),
      searchedUnder(undefined),
    );
    const someKeys = fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 });
    const aStep = fc.oneof(
      fc.record({ add: fc.tuple(aGroupDate, someKeys, someKeys) }),
      fc.record({ remove: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(aStep, { maxLength: 30, size: 'max' }), aWindow, someKeys, (steps, windows, searched) => {
        const index = new GroupIndex<IndexedGroup>();
        const made: IndexedGroup[] = [];
        const live = new Set<IndexedGroup>();
        for (const step of steps) {
          if ('add' in step) {
            const [date, keys, more] = step.add;
            const order = made.length;
            const group = { period: filedUnder(date), keys: [], foundBy: -1, order: () => order };
            made.push(group);
            live.add(group);
            // Filed twice under the keys the two lists share: each is kept once.
            index.add(group, keys);
            index.add(group, more);
            expect([...group.keys].sort()).toEqual([...new Set([...keys, ...more])].sort());
          } else if (made.length > 0) {
            const group = made[step.remove % made.length]!;
            if (live.delete(group)) index.remove(group);
          }
        }
        // Key 1 is a pair of words (see pairKey), searched in the nested window; 2, 3 and 4 in the other.
        const meets = (period: IndexedGroup['period'], key: number): boolean => {
          const searchedIn = key % 4 === 1 ? windows.nested : windows.apart;
          return searchedIn === undefined ? Number.isNaN(period.first) : period.first <= searchedIn.last && searchedIn.first <= period.last;
        };
        const expected = [...live].filter((group) => group.keys.some((key) => searched.includes(key) && meets(group.period, key)));
        expect(index.candidatesFor(windows, searched, () => true).map((group) => group.order())).toEqual(expected.map((group) => group.order()));
      }),
      { numRuns: 2_000 },
    );
  });

  it('finds through a pair of headline words every group whose first date meets a telling’s, and none a few days away', () => {
    const WORDS = 4 * 9 + 1;
    fc.assert(
      fc.property(twoNear, ([first, told]) => {
        const index = new GroupIndex<IndexedGroup>();
        const group = indexedGroup({ start: dayText(first.start), end: dayText(first.end) });
        index.add(group, [WORDS]);
        const windows = searchedUnder({ start: dayText(told.start), end: dayText(told.end) });
        const overlap = first.start <= told.end && told.start <= first.end;
        if (overlap) expect(index.candidatesFor(windows, [WORDS], () => true)).toEqual([group]);
      }),
      { numRuns: 5_000 },
    );
    const index = new GroupIndex<IndexedGroup>();
    const threeDaysBefore = indexedGroup({ start: '2024-10-15', end: '2024-10-15' });
    index.add(threeDaysBefore, [WORDS, 7]);
    const windows = searchedUnder({ start: '2024-10-18', end: '2024-10-18' });
    expect(index.candidatesFor(windows, [WORDS], () => true)).toEqual([]);
    expect(index.candidatesFor(windows, [7], () => true)).toEqual([threeDaysBefore]);
  });

  it('looks in few periods for a day: a group a month away under the same key is not gone through', () => {
    const index = new GroupIndex<IndexedGroup>();
    const seen: IndexedGroup[] = [];
    const near = indexedGroup({ start: '2024-10-12', end: '2024-10-12' });
    const later = indexedGroup({ start: '2024-11-12', end: '2024-11-12' });
    index.add(near, [7]);
    index.add(later, [7]);
    index.candidatesFor(searchedUnder({ start: '2024-10-18', end: '2024-10-18' }), [7], (group) => (seen.push(group), true));
    expect(seen).toEqual([near]);
  });

  it('keeps values with no calendar place to themselves', () => {
    const index = new GroupIndex<IndexedGroup>();
    const undated = { period: filedUnder(undefined), keys: [], foundBy: -1, order: () => 0 };
    const dated = indexedGroup({ start: '2024-10-18', end: '2024-10-18' });
    index.add(undated, [7]);
    index.add(dated, [7]);
    expect(index.candidatesFor(searchedUnder(undefined), [7], () => true)).toEqual([undated]);
    expect(index.candidatesFor(searchedUnder({ start: '2024-01-01', end: '2024-12-31' }), [7], () => true)).toEqual([dated]);
  });
});
