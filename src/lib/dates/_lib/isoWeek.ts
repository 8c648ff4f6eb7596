/**
 * ISO 8601 weeks, with date-fns loaded on first use: few texts name a week, and each date-fns
 * subpath costs milliseconds of start-up to resolve. `require` (not `import()`) keeps the calls
 * synchronous; date-fns ships CommonJS beside its ES modules, with the same functions.
 */
import { createRequire } from 'node:module';

interface WeekFunctions {
  getISOWeek: typeof import('date-fns/getISOWeek').getISOWeek;
  getISOWeekYear: typeof import('date-fns/getISOWeekYear').getISOWeekYear;
  setISOWeek: typeof import('date-fns/setISOWeek').setISOWeek;
  startOfISOWeek: typeof import('date-fns/startOfISOWeek').startOfISOWeek;
}

let loaded: WeekFunctions | undefined;

function weekFunctions(): WeekFunctions {
  if (loaded === undefined) {
    const require = createRequire(import.meta.url);
    loaded = {
      getISOWeek: (require('date-fns/getISOWeek') as typeof import('date-fns/getISOWeek')).getISOWeek,
      getISOWeekYear: (require('date-fns/getISOWeekYear') as typeof import('date-fns/getISOWeekYear')).getISOWeekYear,
      setISOWeek: (require('date-fns/setISOWeek') as typeof import('date-fns/setISOWeek')).setISOWeek,
      startOfISOWeek: (require('date-fns/startOfISOWeek') as typeof import('date-fns/startOfISOWeek')).startOfISOWeek,
    };
  }
  return loaded;
}

/** The TIMEX3 week value (`2024-W42`) of the ISO week holding `date`. */
export function isoWeekOf(date: Date): string {
  const { getISOWeek, getISOWeekYear } = weekFunctions();
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
}

/** The Monday that starts ISO week `week` of `weekYear` (week 1 holds 4 January). */
export function isoWeekStart(weekYear: number, week: number): Date {
  const { setISOWeek, startOfISOWeek } = weekFunctions();
  return startOfISOWeek(setISOWeek(new Date(weekYear, 0, 4), week));
}
