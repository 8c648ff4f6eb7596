import { dayInterval } from '../dates/interval.ts';
import type { Era } from './load.ts';
import { compareText } from '../text/compare-text.ts';

/**
 * Eras in chronological order of their start, longest first when two start together.
 *
 * @example
 * sortEras([golden, british]).map((era) => era.start) //=> ['1841', '2015']
 */
export function sortEras(eras: readonly Era[]): Era[] {
  const key = (era: Era) => [dayInterval(era.start)?.start ?? era.start, dayInterval(era.end)?.end ?? era.end] as const;
  return [...eras].sort((a, b) => {
    const [startA, endA] = key(a);
    const [startB, endB] = key(b);
    return compareText(startA, startB) || compareText(endB, endA) || compareText(a.id, b.id);
  });
}
