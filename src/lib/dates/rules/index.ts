import type { Rule } from '../_lib/candidate.ts';
import { ago } from './ago.ts';
import { anaphoric } from './anaphoric.ts';
import { century } from './century.ts';
import { dayMonthYear } from './dayMonthYear.ts';
import { dayRange } from './dayRange.ts';
import { decade } from './decade.ts';
import { deictic } from './deictic.ts';
import { duration } from './duration.ts';
import { durationRange } from './durationRange.ts';
import { fiscalYear } from './fiscalYear.ts';
import { holiday } from './holiday.ts';
import { isoDate } from './isoDate.ts';
import { monthDayRange } from './monthDayRange.ts';
import { monthDayYear } from './monthDayYear.ts';
import { monthName } from './monthName.ts';
import { pastUnit } from './pastUnit.ts';
import { monthRange } from './monthRange.ts';
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
import { yearRange } from './yearRange.ts';

/**
 * The recognition rules, most specific first: when two readings cover the same span, the
 * earlier rule wins (so "15 a year" is a SET before it is a duration). A range is longer than
 * each of its dates, so it wins over them wherever it stands.
 */
export const RULES: readonly Rule[] = [
  isoDate, slashDate, monthDayRange, dayRange, monthRange, monthDayYear, dayMonthYear, monthYear, fiscalYear, holiday, quarter, century,
  decade, season, set, ago, anaphoric, pastUnit, relativeUnit, weekend, deictic, weekday, timeOfDay, monthName, yearRange,
  year, shortYear, durationRange, duration, vagueDuration, vague,
];
