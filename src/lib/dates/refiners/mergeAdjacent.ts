import type { Candidate } from '../_lib/candidate.ts';

/** What may stand between two parts of one expression. */
const DAY_THEN_DATE = /^,?\s*(?:the\s+)?$/;
const DAY_THEN_TIME = /^,?\s*(?:at\s+|by\s+|around\s+|from\s+)?$/;
const TIME_THEN_DAY = /^\s+(?:on\s+)?$/;

function isDay(candidate: Candidate): boolean {
  const relative = candidate.relative;
  if (candidate.value !== undefined) return candidate.value.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(candidate.value);
  return relative !== undefined && (relative.kind === 'weekday' || (relative.kind === 'yearless' && relative.day !== undefined)
    || ((relative.kind === 'dct' || relative.kind === 'ref') && relative.granularity === 'day'));
}

/**
 * Join parts that TimeML marks as one expression: "Friday, October 18" (the date decides the
 * value), "October 18 at 14:30" and "12:00 UTC Monday" (a TIME on that day).
 */
export function mergeAdjacent(candidates: Candidate[], text: string): Candidate[] {
  const merged: Candidate[] = [];
  for (let c = 0; c < candidates.length; c++) {
    const candidate = candidates[c]!;
    const previous = merged[merged.length - 1];
    // Joined parts stand within a few words of each other; a longer gap need not be read.
    // Only a weekday or a clock time before, or a clock time after, can join: the common pairs are
    // ruled out before the text between them is read.
    if (previous !== undefined && previous.end <= candidate.start && candidate.start - previous.end <= 16
      && (previous.relative?.kind === 'weekday' || previous.relative?.kind === 'timeOfDay' || candidate.relative?.kind === 'timeOfDay')) {
      const between = text.slice(previous.end, candidate.start);
      if (previous.relative?.kind === 'weekday' && previous.daypart === undefined && isDay(candidate) && candidate.relative?.kind !== 'weekday' && DAY_THEN_DATE.test(between)) {
        merged[merged.length - 1] = { ...candidate, start: previous.start };
        continue;
      }
      if (isDay(previous) && previous.daypart === undefined && candidate.relative?.kind === 'timeOfDay' && DAY_THEN_TIME.test(between)) {
        merged[merged.length - 1] = { ...previous, end: candidate.end, type: 'TIME', daypart: candidate.relative.time.slice(1) };
        continue;
      }
      if (previous.relative?.kind === 'timeOfDay' && isDay(candidate) && candidate.daypart === undefined && TIME_THEN_DAY.test(between)) {
        merged[merged.length - 1] = { ...candidate, start: previous.start, type: 'TIME', daypart: previous.relative.time.slice(1) };
        continue;
      }
    }
    merged.push(candidate);
  }
  return merged;
}
