/**
 * The date-fns functions the tagger uses, each loaded on its first call.
 *
 * Why not `import { addDays } from 'date-fns/addDays'`: Node resolves every ES-module file of
 * date-fns through its 200 KB package.json (the exports map, then the package type of each file it
 * loads), which cost ~30 ms of CPU at start-up for four functions; the CommonJS build (`.cjs`,
 * the same functions) resolves each subpath once and its internal requires are plain relative
 * paths (~10 ms). `require` keeps calls synchronous. A text that needs no calendar arithmetic
 * loads nothing.
 *
 * Only the first function is resolved through the exports map: each subpath resolution walks that
 * map again (~3 ms of CPU apiece, ~25 ms for the seven used), so the others are required by file
 * from the same folder, where date-fns keeps one `NAME.cjs` per function.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type DateFns = {
  addDays: typeof import('date-fns/addDays').addDays;
  addMonths: typeof import('date-fns/addMonths').addMonths;
  nextDay: typeof import('date-fns/nextDay').nextDay;
  previousDay: typeof import('date-fns/previousDay').previousDay;
  getISOWeek: typeof import('date-fns/getISOWeek').getISOWeek;
  getISOWeekYear: typeof import('date-fns/getISOWeekYear').getISOWeekYear;
  setISOWeek: typeof import('date-fns/setISOWeek').setISOWeek;
  startOfISOWeek: typeof import('date-fns/startOfISOWeek').startOfISOWeek;
};

let require: NodeJS.Require | undefined;
/** The folder of date-fns's CommonJS files, found by resolving the first function asked for. */
let folder: string | undefined;
const loaded: Partial<DateFns> = {};

/** The date-fns function `name`, required from its file the first time it is asked for. */
function load<K extends keyof DateFns>(name: K): DateFns[K] {
  const cached = loaded[name];
  if (cached !== undefined) return cached as DateFns[K];
  require ??= createRequire(import.meta.url);
  folder ??= dirname(require.resolve(`date-fns/${name}`));
  const fn = (require(join(folder, `${name}.cjs`)) as Record<K, DateFns[K]>)[name];
  loaded[name] = fn;
  return fn;
}

export const addDays: DateFns['addDays'] = (date, amount) => load('addDays')(date, amount);
export const addMonths: DateFns['addMonths'] = (date, amount) => load('addMonths')(date, amount);
export const nextDay: DateFns['nextDay'] = (date, day) => load('nextDay')(date, day);
export const previousDay: DateFns['previousDay'] = (date, day) => load('previousDay')(date, day);
export const getISOWeek: DateFns['getISOWeek'] = (date) => load('getISOWeek')(date);
export const getISOWeekYear: DateFns['getISOWeekYear'] = (date) => load('getISOWeekYear')(date);
export const setISOWeek: DateFns['setISOWeek'] = (date, week) => load('setISOWeek')(date, week);
export const startOfISOWeek: DateFns['startOfISOWeek'] = (date) => load('startOfISOWeek')(date);
