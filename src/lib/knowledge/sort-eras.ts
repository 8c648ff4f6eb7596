import { dayInterval } from '../dates/interval.ts';
import type { Era } from './load.ts';
import { compareText } from '../text/compare-text.ts';

/**
 * Eras in chronological order of their start, longest first when two start together.
 *
 * @example
 * const golden = { id: 'golden-era', title: 'The “golden era”', start: '2015', end: '2018', text: '' }
 * const british = { id: 'hong-kong-british-rule', title: 'British rule in Hong Kong', start: '1841', end: '1997-06-30', text: '' }
 * sortEras([golden, british]).map((era) => era.id) //=> ['hong-kong-british-rule', 'golden-era']
 */
export function sortEras(eras: readonly Era[]): Era[] {
  const key = (era: Era) => [dayInterval(era.start)?.start ?? era.start, dayInterval(era.end)?.end ?? era.end] as const;
  return [...eras].sort((a, b) => {
    const [startA, endA] = key(a);
    const [startB, endB] = key(b);
    return compareText(startA, startB) || compareText(endB, endA) || compareText(a.id, b.id);
  });
}
