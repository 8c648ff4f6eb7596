import type { Candidate } from '../_lib/candidate.ts';

/**
 * Replace each range or list read as one match by the candidates of its dates (see
 * `Candidate.parts`), once overlaps are settled: the whole match has won over the readings of its
 * pieces, and TimeML marks each end of a range as a TIMEX3 of its own, the joining word or dash
 * left between them.
 *
 * @example
 * // for "4–7 March 2015": one candidate 0–14 becomes "4" (2015-03-04) and "7 March 2015"
 */
export function splitRanges(candidates: Candidate[]): Candidate[] {
  // Most texts hold no range: the list is returned as it is.
  if (!candidates.some((candidate) => candidate.parts !== undefined)) return candidates;
  return candidates.flatMap((candidate) => candidate.parts ?? [candidate]);
}
