import type { Rule } from '../_lib/candidate.ts';
import { ago } from './ago.ts';
import { anaphoric } from './anaphoric.ts';
import { century } from './century.ts';
import { dayMonthYear } from './dayMonthYear.ts';
import { decade } from './decade.ts';
import { deictic } from './deictic.ts';
import { duration } from './duration.ts';
import { holiday } from './holiday.ts';
import { isoDate } from './isoDate.ts';
import { monthDayYear } from './monthDayYear.ts';
import { monthName } from './monthName.ts';
import { pastUnit } from './pastUnit.ts';
import { monthYear } from './monthYear.ts';
import { quarter } from './quarter.ts';
import { relativeUnit } from './relativeUnit.ts';
import { season } from './season.ts';
import { set } from './set.ts';
import { shortYear } from './shortYear.ts';
import { slashDate } from './slashDate.ts';
import { timeOfDay } from './timeOfDay.ts';
import { vague } from './vague.ts';
import { vagueDuration } from './vagueDuration.ts';
import { weekday } from './weekday.ts';
import { weekend } from './weekend.ts';
import { year } from './year.ts';

/**
 * The recognition rules, most specific first: when two readings cover the same span, the
 * earlier rule wins (so "15 a year" is a SET before it is a duration).
 */
export const RULES: readonly Rule[] = [
  isoDate, slashDate, monthDayYear, dayMonthYear, monthYear, holiday, quarter, century, decade, season,
  set, ago, anaphoric, pastUnit, relativeUnit, weekend, deictic, weekday, timeOfDay, monthName, year, shortYear, duration,
  vagueDuration, vague,
];
