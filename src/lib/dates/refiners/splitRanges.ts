import type { Candidate } from '../_lib/candidate.ts';

/**
 * Replace each range or list read as one match by the candidates of its dates (see
 * `Candidate.parts`), once overlaps are settled: the whole match has won over the readings of its
 * pieces, and TimeML marks each end of a range as a TIMEX3 of its own, the joining word or dash
 * left between them.
 *
 * @example
 * // "4–7 March 2015" read as one range, whose parts are "4" and "7 March 2015"
 * const parts = [{ start: 0, end: 1, type: 'DATE', value: '2015-03-04', rule: 'range' }, { start: 2, end: 14, type: 'DATE', value: '2015-03-07', rule: 'range' }]
 * splitRanges([{ start: 0, end: 14, type: 'DATE', rule: 'range', parts }]).map((candidate) => [candidate.start, candidate.end, candidate.value])
 * //=> [[0, 1, '2015-03-04'], [2, 14, '2015-03-07']]
 */
export function splitRanges(candidates: Candidate[]): Candidate[] {
  // Most texts hold no range: the list is returned as it is.
  if (!candidates.some((candidate) => candidate.parts !== undefined)) return candidates;
  return candidates.flatMap((candidate) => candidate.parts ?? [candidate]);
}
