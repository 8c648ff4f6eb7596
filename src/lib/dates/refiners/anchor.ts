import { nextDay, previousDay } from '../_lib/dateFns.ts';
import type { Timex } from '../timex.ts';
import type { Candidate, Relative, Unit } from '../_lib/candidate.ts';
import { type CalendarPoint, dayValue, formatAt, makeDay, parseDay, shift, toPoint } from '../_lib/calendar.ts';
import type { Tense } from './tense.ts';
import { isDigit } from '../_lib/chars.ts';

/**
 * How a text tells time (HeidelTime's document types): `news` places a yearless date or a weekday
 * from the publication date; `narrative` (history, reference pages) from the time the narrative has
 * reached, the last date it stated ("In March 1972 the talks resumed. On 14 April …" is 1972).
 */
export type Reading = 'news' | 'narrative';

/** Everything anchoring needs about where an expression stands. */
export interface AnchorContext {
  /** The publication date; absent for an undated page, whose deictic expressions then stay unresolved. */
  dct: Date | undefined;
  reading: Reading;
  /** The tense of the expression's clause, computed only when asked (it needs the sentence). */
  tenseOf(candidate: Candidate): Tense;
}

const MONTH_INDEX_OF_SPAN = { season: 3, quarter: 3, half: 6 } as const;

/** The year for a month/day stated without one, from the DCT and the clause's tense. */
function yearFor(relative: Extract<Relative, { kind: 'yearless' }>, candidate: Candidate, dct: Date, context: AnchorContext): number {
  const dctYear = dct.getFullYear();
  if (relative.yearOffset !== undefined) return dctYear + relative.yearOffset;
  const month = relative.month ?? 1;
  const dctMonth = dct.getMonth() + 1;
  const dctDay = dct.getDate();
  const length = relative.span !== undefined ? MONTH_INDEX_OF_SPAN[relative.span] : 1;
  const startsAfterDct = relative.day !== undefined ? month > dctMonth || (month === dctMonth && relative.day > dctDay) : month > dctMonth;
  const endsBeforeDct = relative.day !== undefined ? month < dctMonth || (month === dctMonth && relative.day < dctDay) : month + length - 1 < dctMonth;
  if (relative.shift === -1) {
    // "last September": the most recent September that is over, or under way, before the DCT's month.
    return month < dctMonth || (relative.span !== undefined && endsBeforeDct) ? dctYear : dctYear - 1;
  }
  if (relative.shift === 1) return month > dctMonth ? dctYear : dctYear + 1;
  if (relative.shift === 0) return dctYear;
  // Neither after nor before the DCT (its own month or day): the tense could move nothing.
  if (!startsAfterDct && !endsBeforeDct) return dctYear;
  const tense = context.tenseOf(candidate);
  if (tense === 'past' && startsAfterDct) return dctYear - 1;
  if (tense === 'future' && endsBeforeDct) return dctYear + 1;
  // "in December the world will meet" in March: this year's, however near last year's was.
  if (tense === 'future') return dctYear;
  // No tense cue (present tense, a verbless line): the occurrence nearer the DCT, as for a bare
  // weekday. "… follows Starmer's meeting with Xi in November" on 10 January is two months back,
  // not ten ahead; "has a June 1 deadline" on 28 May is four days ahead. Ties go back: news
  // reports what happened.
  if (startsAfterDct && nearerLastYear(relative, month, length, dct)) return dctYear - 1;
  return dctYear;
}

/**
 * Whether this year's occurrence (which starts after the DCT) is no nearer the DCT than last
 * year's: forward to its start against back to the end of last year's. Days are compared as days,
 * months and spans (seasons, quarters) as months.
 */
function nearerLastYear(relative: Extract<Relative, { kind: 'yearless' }>, month: number, length: number, dct: Date): boolean {
  if (relative.day !== undefined) {
    const ahead = makeDay(dct.getFullYear(), month, relative.day);
    const behind = makeDay(dct.getFullYear() - 1, month, relative.day);
    if (ahead !== undefined && behind !== undefined) return dct.getTime() - behind.getTime() <= ahead.getTime() - dct.getTime();
  }
  const forward = month - (dct.getMonth() + 1);
  const backward = dct.getMonth() + 1 - (month + length - 1) + 12;
  return backward <= forward;
}

/**
 * Which way from the DCT a weekday name points: back (-1) in past clauses, forward (1) in future
 * ones, else to the nearer one; 0 for the DCT itself. `dct` is the day it is placed from: the
 * DCT, or in a narrative the day reached (passed apart from `context`, so no copy of the context
 * is made per expression).
 */
function weekdayDirection(relative: Extract<Relative, { kind: 'weekday' }>, candidate: Candidate, dct: Date, context: AnchorContext): -1 | 0 | 1 {
  const weekday = relative.weekday;
  if (relative.shift === -1) return -1;
  if (relative.shift === 1) return 1;
  // The DCT's own weekday is the DCT: news says "on Friday" for the day it is published.
  if (dct.getDay() === weekday) return 0;
  const tense = context.tenseOf(candidate);
  if (tense === 'past') return -1;
  if (tense === 'future') return 1;
  // No tense: the nearer one. Days back to it, and forward is 7 minus that; ties go back.
  return (dct.getDay() - weekday + 7) % 7 <= 3 ? -1 : 1;
}

const SATURDAY = 6;

/**
 * The Saturday of the weekend a weekend expression names; its ISO week gives the TimeML value
 * (`YYYY-Www-WE`: the Saturday and Sunday that close that ISO 8601 week). On a Saturday or Sunday
 * DCT "this weekend" is the one under way and "last weekend" the one before it. On a weekday a
 * bare "the weekend" or "this weekend" is the weekend of the DCT's own week, as "this week" is
 * that week (HeidelTime's reading, and MEANTIME's: "took place during the weekend" on Monday
 * 13 October 2008 is 2008-W42-WE). Reading it by tense instead (a past sentence → the weekend
 * just gone, W41) was measured and lost those values, so the tense is not asked here.
 */
function weekendSaturday(relative: Extract<Relative, { kind: 'weekend' }>, dct: Date): Date {
  const day = dct.getDay();
  const onWeekend = day === 0 || day === SATURDAY;
  const current = day === SATURDAY ? dct : day === 0 ? previousDay(dct, SATURDAY) : nextDay(dct, SATURDAY);
  if (relative.shift === -1) return onWeekend ? previousDay(current, SATURDAY) : previousDay(dct, SATURDAY);
  if (relative.shift === 1 || (relative.upcoming === true && onWeekend)) return nextDay(current, SATURDAY);
  return current;
}

/** The day `direction` (see {@link weekdayDirection}) and a weekday (0 = Sunday) give. */
function weekdayDate(dct: Date, weekday: number, direction: -1 | 0 | 1): Date {
  const day = weekday as 0 | 1 | 2 | 3 | 4 | 5 | 6;
  return direction === 0 ? dct : direction < 0 ? previousDay(dct, day) : nextDay(dct, day);
}

/**
 * Whether a value starts a year as TIMEX3 writes it: 0001–9999, a decade or a century; that is
 * `/^(?:(?!0000)\d{4}(?:$|[-T])|\d{3}X$|\d{2}$)/`, read by char codes as every timex asks (the
 * pattern showed in profiles of `extract --jsonl`).
 */
export function calendarYear(value: string): boolean {
  const length = value.length;
  if (length < 2 || !isDigit(value.charCodeAt(0)) || !isDigit(value.charCodeAt(1))) return false;
  if (length === 2) return true;
  if (!isDigit(value.charCodeAt(2))) return false;
  const fourth = value.charCodeAt(3);
  if (fourth === 88) return length === 4; // "199X"
  if (!isDigit(fourth) || value.startsWith('0000')) return false;
  const fifth = value.charCodeAt(4); // NaN at the end
  return length === 4 || fifth === 45 || fifth === 84;
}

/** Whether a counted value left TIMEX3's calendar ("-634", "17183", "0NaN", "00-1" for the year -1). */
function outOfCalendar(value: string): boolean {
  const first = value.charCodeAt(0);
  return (first === 45 || (first >= 48 && first <= 57)) && !calendarYear(value);
}

/**
 * A value with the calendar places it could not fill written as X (TimeML's placeholder):
 * "yesterday" in an undated reference page is `XXXX-XX-XX`, a day of no known year.
 */
function unresolved(granularity: Unit): string {
  return formatAt(new Date(2000, 0, 1), granularity).replace(/\d/gu, 'X');
}

/**
 * Resolve every candidate to a TIMEX3 value, in text order, tracking the last date mentioned so
 * that "the following day" and "a week later" count from it (TimeML anchors anaphoric
 * expressions on the reference time; deictic ones like "yesterday" on the DCT). In a narrative
 * reading, yearless dates, weekdays and elided years count from the reference time too.
 */
export function anchor(candidates: Candidate[], text: string, context: AnchorContext): Timex[] {
  const timexes: Timex[] = [];
  const dctPoint: CalendarPoint | undefined = context.dct && { date: context.dct, granularity: 'day' };
  let reference: CalendarPoint | undefined = dctPoint;
  let lastDay: CalendarPoint | undefined = dctPoint;
  // Values that may become the reference time, parsed only when an anaphoric expression asks
  // (most texts have few): the newest that names a calendar place is the reference, the newest
  // day is the last day mentioned.
  const pending: string[] = [];
  // Values counted from the DCT depend on nothing else, and a text repeats them ("last year",
  // each "on Friday"): computed once per text, as date-fns calls are the dearest step here.
  const dctValues = new Map<string, string>();
  const weekdayValues: Array<string | undefined> = [];
  const settle = (): void => {
    let foundReference = false;
    for (let k = pending.length - 1; k >= 0; k--) {
      const point = toPoint(pending[k]!);
      if (point === undefined) continue;
      if (!foundReference) {
        reference = point;
        foundReference = true;
      }
      if (point.granularity === 'day') {
        lastDay = point;
        break;
      }
    }
    pending.length = 0;
  };
  /**
   * The "now" a yearless date or a weekday is placed from: the DCT in news; in a narrative the
   * time reached (a day for weekdays, any date for a year), else the DCT.
   */
  const narrativeNow = (needsDay: boolean): Date | undefined => {
    if (context.reading !== 'narrative') return context.dct;
    settle();
    const point = needsDay ? lastDay : reference;
    return point?.date ?? context.dct;
  };
  // An indexed loop: for…of wraps the body in the iterator's try/finally, which makes the optimised
  // code V8 compiles for this loop markedly larger.
  for (let c = 0; c < candidates.length; c++) {
    const candidate = candidates[c]!;
    let value = candidate.value;
    const relative = candidate.relative;
    if (value === undefined && relative !== undefined) {
      switch (relative.kind) {
        case 'dct': {
          const dct = context.dct;
          if (dct === undefined) {
            // "today" in an undated page is the generic present; "last week" is no known week.
            value = relative.amount === 0 && relative.unit === 'day' ? 'PRESENT_REF' : unresolved(relative.granularity);
            break;
          }
          // News weeks start on Sunday: "this week" in a Sunday paper is the week that begins that
          // day, so the ISO week (Monday–Sunday) is read from the next day.
          const key = `${relative.unit} ${relative.amount} ${relative.granularity}`;
          value = dctValues.get(key);
          if (value === undefined) {
            const sundayWeek = relative.granularity === 'week' && dct.getDay() === 0;
            value = formatAt(shift(sundayWeek ? shift(dct, 'day', 1) : dct, relative.unit, relative.amount), relative.granularity);
            dctValues.set(key, value);
          }
          break;
        }
        case 'ref': {
          settle();
          const granularity = relative.granularity ?? relative.unit;
          // A day counted from a year is no day: fall back on the last day mentioned, or the DCT.
          const base = granularity === 'day' || granularity === 'week' ? lastDay : reference;
          value = base === undefined ? unresolved(granularity) : formatAt(shift(base.date, relative.unit, relative.amount), granularity);
          break;
        }
        case 'weekday': {
          const now = narrativeNow(true);
          if (now === undefined) {
            value = unresolved('day');
            break;
          }
          const direction = weekdayDirection(relative, candidate, now, context);
          if (now !== context.dct) {
            value = formatAt(weekdayDate(now, relative.weekday, direction), 'day');
            break;
          }
          const slot = relative.weekday * 3 + direction + 1;
          value = weekdayValues[slot] ??= formatAt(weekdayDate(now, relative.weekday, direction), 'day');
          break;
        }
        case 'weekend': {
          const now = narrativeNow(true);
          value = now === undefined ? unresolved('weekend') : formatAt(weekendSaturday(relative, now), 'weekend');
          break;
        }
        case 'shortYear': {
          const now = narrativeNow(false);
          if (now === undefined) {
            value = unresolved('year');
            break;
          }
          // The century of "now" unless that puts the year after it: "since '82" in 2008 is 1982.
          const nowYear = now.getFullYear();
          let year = nowYear - (nowYear % 100) + relative.digits;
          if (year > nowYear) year -= 100;
          value = String(year).padStart(4, '0');
          break;
        }
        case 'yearless': {
          const now = narrativeNow(false);
          // A narrative keeps the year it has reached (gold and HeidelTime alike): "1965 … on 23 September" is 1965.
          const year =
            now === undefined ? undefined : now === context.dct ? yearFor(relative, candidate, now, context) : now.getFullYear() + (relative.yearOffset ?? relative.shift ?? 0);
          const yearText = year === undefined ? 'XXXX' : String(year).padStart(4, '0');
          if (relative.suffix !== undefined) value = `${yearText}-${relative.suffix}`;
          else if (relative.day !== undefined) {
            const day = year === undefined ? undefined : dayValue(year, relative.month ?? 1, relative.day);
            value = day ?? `${yearText}-${String(relative.month).padStart(2, '0')}-${String(relative.day).padStart(2, '0')}`;
          } else value = `${yearText}-${String(relative.month).padStart(2, '0')}`;
          break;
        }
        case 'timeOfDay': {
          settle();
          const day = relative.onDct ? (context.dct ?? lastDay?.date) : lastDay?.date;
          value = `${day === undefined ? unresolved('day') : formatAt(day, 'day')}${relative.time}`;
          break;
        }
      }
    }
    // A count far from its anchor ("2434 years ago" in 1800) leaves TIMEX3's years 0001–9999: no date.
    if (value === undefined || outOfCalendar(value)) continue;
    if (candidate.daypart !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value)) value = `${value}T${candidate.daypart}`;
    if (candidate.type !== 'DURATION' && candidate.type !== 'SET') pending.push(value);
    const timex: Timex = {
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      type: candidate.type,
      value,
    };
    if (candidate.mod !== undefined) timex.mod = candidate.mod;
    timexes.push(timex);
  }
  return timexes;
}

export { parseDay };
