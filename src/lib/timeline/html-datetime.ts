/**
 * TIMEX3 values as the `datetime` of an HTML `<time>` element. HTML accepts a closed set of
 * shapes (a year, a month, a day, a yearless day, a week, a time of day, a local or global date
 * and time, a duration in days and smaller units); TimeML names more: seasons, quarters, decades,
 * parts of the day, weekends, vague references. Each of those becomes the nearest HTML shape that
 * is still true, or none.
 * https://html.spec.whatwg.org/multipage/text-level-semantics.html#datetime-value
 */
import type { TimexType } from '../dates/timex.ts';

/** One TIMEX3 shape and the HTML value it becomes; `undefined` when no HTML value is true of it. */
interface DatetimeRule {
  shape: RegExp;
  datetime: (match: RegExpExecArray) => string | undefined;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** HTML's years start at 1 (`0000` is no year), and its months and days are the calendar's. */
function isDay(year: string, month: string, day: string): boolean {
  return Number(year) > 0 && Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= daysInMonth(Number(year), Number(month));
}

/** The weekday of 1 January (0 = Sunday) in the proleptic Gregorian calendar HTML uses, without `Date`'s two-digit years. */
function newYearWeekday(year: number): number {
  const before = year - 1;
  return (1 + before + Math.floor(before / 4) - Math.floor(before / 100) + Math.floor(before / 400)) % 7;
}

/** An ISO 8601 year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year. */
function isoWeeksIn(year: number): number {
  const weekday = newYearWeekday(year);
  return weekday === 4 || (weekday === 3 && isLeapYear(year)) ? 53 : 52;
}

/** `HH:MM` or `HH:MM:SS` on HTML's clock, which ends at 23:59: TimeML's `T24:00` (midnight ending the day) is no HTML time. */
function isClockTime(hours: string, minutes: string, seconds: string | undefined): boolean {
  return Number(hours) <= 23 && Number(minutes) <= 59 && (seconds === undefined || Number(seconds) <= 59);
}

const CLOCK = String.raw`(\d{2}):(\d{2})(?::(\d{2}))?`;

/** Finest first: the first rule whose shape matches decides. */
const DATETIME_RULES: readonly DatetimeRule[] = [
  // A day at a clock time, with `Z` when the text said UTC/GMT: an HTML local or global date and time.
  {
    shape: new RegExp(String.raw`^((\d{4})-(\d{2})-(\d{2}))T${CLOCK}(Z?)$`, 'u'),
    datetime: ([, day, year, month, date, hours, minutes, seconds, zone]) =>
      !isDay(year!, month!, date!)
        ? undefined
        : isClockTime(hours!, minutes!, seconds)
          ? `${day}T${hours}:${minutes}${seconds === undefined ? '' : `:${seconds}`}${zone}`
          : day,
  },
  // A day, or a day with a part of it (`2024-10-18TAF`): HTML has no afternoons, so the day.
  {
    shape: /^((\d{4})-(\d{2})-(\d{2}))(?:T.*)?$/u,
    datetime: ([, day, year, month, date]) => (isDay(year!, month!, date!) ? day : undefined),
  },
  // A day without its year (`XXXX-10-18`, "on 18 October" in an undated text): an HTML yearless date.
  {
    shape: /^XXXX-(\d{2})-(\d{2})$/u,
    // 2000 is a leap year, so 29 February stands, as HTML's yearless dates allow.
    datetime: ([, month, date]) => (isDay('2000', month!, date!) ? `${month}-${date}` : undefined),
  },
  // A clock time on an unknown day: HTML's time of day, which has no zone without a date.
  {
    shape: new RegExp(String.raw`^XXXX-XX-XXT${CLOCK}Z?$`, 'u'),
    datetime: ([, hours, minutes, seconds]) =>
      isClockTime(hours!, minutes!, seconds) ? `${hours}:${minutes}${seconds === undefined ? '' : `:${seconds}`}` : undefined,
  },
  // An ISO week, or the weekend that closes it (`2018-W46-WE`): the week.
  {
    shape: /^((\d{4})-W(\d{2}))(?:-WE)?$/u,
    datetime: ([, week, year, number]) => (Number(year) > 0 && Number(number) >= 1 && Number(number) <= isoWeeksIn(Number(year)) ? week : undefined),
  },
  // A month.
  {
    shape: /^((\d{4})-(\d{2}))$/u,
    datetime: ([, month, year, number]) => (Number(year) > 0 && Number(number) >= 1 && Number(number) <= 12 ? month : undefined),
  },
  // A season, quarter or half (`2019-SU`, `2024-Q1`, `2024-H2`): HTML has none, so the year.
  // A winter (`2019-WI`) runs into the next year, but TimeML names it by the year it is written with.
  {
    shape: /^(\d{4})-(?:SP|SU|FA|WI|Q[1-4]|H[12])$/u,
    datetime: ([, year]) => (Number(year) > 0 ? year : undefined),
  },
  // A year.
  {
    shape: /^(\d{4})$/u,
    datetime: ([, year]) => (Number(year) > 0 ? year : undefined),
  },
  // A duration in weeks, days, hours, minutes and seconds: HTML's duration, which counts no weeks
  // (seven days each) and no months or years (their length varies, so `P2Y` gets no datetime).
  {
    shape: /^P(?:(\d+)W|(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,3})?)S)?)?$/u,
    datetime: ([value, weeks, days, hours, minutes, seconds]) => {
      if (value === 'P' || value!.endsWith('T')) return undefined;
      const dayCount = weeks === undefined ? days : String(Number(weeks) * 7);
      const time = [hours && `${hours}H`, minutes && `${minutes}M`, seconds && `${seconds}S`].filter(Boolean).join('');
      return `P${dayCount === undefined ? '' : `${dayCount}D`}${time === '' ? '' : `T${time}`}`;
    },
  },
];

/**
 * The nearest valid HTML date or time string to a TIMEX3 value, for a `<time datetime>`, or
 * `undefined` when no HTML value is true of it: vague references (`FUTURE_REF`), decades and
 * centuries, values with unknown digits (`XXXX-10`), fiscal years (which start on different days
 * in different countries), durations in months or years, and recurring times (`SET`).
 *
 * @example
 * htmlDatetime('2024-10-18TAF') //=> '2024-10-18'
 * htmlDatetime('2019-SU') //=> '2019'
 * htmlDatetime('2018-W46-WE') //=> '2018-W46'
 * htmlDatetime('199X') //=> undefined
 */
export function htmlDatetime(value: string, type?: TimexType): string | undefined {
  // "Every week" is a recurrence; as a duration (`P7D`) the element would say "for a week".
  if (type === 'SET') return undefined;
  for (const rule of DATETIME_RULES) {
    const match = rule.shape.exec(value);
    if (match) return rule.datetime(match);
  }
  return undefined;
}
