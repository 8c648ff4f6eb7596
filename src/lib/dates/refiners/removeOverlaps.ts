import type { Candidate } from '../_lib/candidate.ts';

/** Start first, then the longer, then the rule listed first. */
function compare(a: Candidate, b: Candidate): number {
  return a.start - b.start || (b.end - b.start) - (a.end - a.start) || (a.priority ?? 0) - (b.priority ?? 0);
}

/**
 * Keep one reading per stretch of text: of overlapping candidates the longest wins ("October
 * 2015" over "2015"), and among equal lengths the rule listed first (`priority`).
 *
 * @example
 * // "October 2015": "2015" alone (8–12) and the whole month (0–12)
 * removeOverlaps([{ start: 8, end: 12, type: 'DATE', value: '2015', rule: 'year' }, { start: 0, end: 12, type: 'DATE', value: '2015-10', rule: 'month' }])
 * //=> [{ start: 0, end: 12, type: 'DATE', value: '2015-10', rule: 'month' }]
 */
export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  // Candidates arrive almost in order (the scan goes left to right), so an insertion sort is linear here.
  // Past a budget of moves (input far from order) it falls back on the library sort: never quadratic.
  let sorted = candidates.slice();
  let budget = 8 * sorted.length + 64;
  for (let i = 1; i < sorted.length && budget > 0; i++) {
    const item = sorted[i]!;
    let j = i - 1;
    while (j >= 0 && compare(sorted[j]!, item) > 0) {
      sorted[j + 1] = sorted[j]!;
      j--;
      budget--;
    }
    sorted[j + 1] = item;
  }
  if (budget <= 0) sorted = candidates.slice().sort(compare);
  const kept: Candidate[] = [];
  for (let c = 0; c < sorted.length; c++) {
    const candidate = sorted[c]!;
    const last = kept[kept.length - 1];
    if (last === undefined || candidate.start >= last.end) {
      kept.push(candidate);
    } else if (candidate.end - candidate.start > last.end - last.start) {
      kept[kept.length - 1] = candidate;
    }
  }
  return kept;
}
