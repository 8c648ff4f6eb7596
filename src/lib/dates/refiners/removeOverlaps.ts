import type { Candidate } from '../_lib/candidate.ts';

/**
 * Keep one reading per stretch of text: of overlapping candidates the longest wins ("October
 * 2015" over "2015"), and among equal lengths the rule listed first (`priority`).
 *
 * @example
 * removeOverlaps([{ start: 0, end: 4, … }, { start: 0, end: 12, … }]) //=> [the 0–12 candidate]
 */
export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || (a.priority ?? 0) - (b.priority ?? 0));
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || candidate.start >= last.end) {
      kept.push(candidate);
    } else if (candidate.end - candidate.start > last.end - last.start) {
      kept[kept.length - 1] = candidate;
    }
  }
  return kept;
}
