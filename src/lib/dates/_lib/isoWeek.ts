/** ISO 8601 weeks as TIMEX3 values, with date-fns's ISO-week functions. */
import { getISOWeek, getISOWeekYear, setISOWeek, startOfISOWeek } from './dateFns.ts';

/** The TIMEX3 week value (`2024-W42`) of the ISO week holding `date`. */
export function isoWeekOf(date: Date): string {
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
}

/** The Monday that starts ISO week `week` of `weekYear` (week 1 holds 4 January). */
export function isoWeekStart(weekYear: number, week: number): Date {
  return startOfISOWeek(setISOWeek(new Date(weekYear, 0, 4), week));
}
