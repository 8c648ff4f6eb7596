/**
 * Where merging looks for the events a telling may join: join keys (what a telling and an event
 * must share for any merge rule to join them) and calendar periods, so that a telling is compared
 * with the few events some rule could join it to, not with every event of its year.
 */
import { DISAGREEMENT_MAX_DAYS } from './merge-rules.ts';

/**
 * Numbers for the names in join keys (words, actor and article ids), so that a key is one number:
 * building a string of two names for every pair, and hashing it to look it up, was a third of merging.
 */
export class KeyNumbers {
  readonly #numbers = new Map<string, number>();

  /** The number of `name`, given the first time it is asked for. */
  of(name: string): number {
    let number = this.#numbers.get(name);
    if (number === undefined) {
      number = this.#numbers.size + 1;
      // A pair of numbers must fit in one number exactly (see `pairKey`): 16 million names.
      if (number >= NAME_LIMIT) throw new Error(`Merging met more than ${NAME_LIMIT - 1} distinct words and names`);
      this.#numbers.set(name, number);
    }
    return number;
  }
}

const NAME_LIMIT = 2 ** 24;

/** A month is filed in four parts (see `partOf`) of at most this many days. */
const PART_DAYS = 8;
const PARTS_PER_MONTH = 4;
const ARTICLE_KEY = 0;
const WORDS_KEY = 1;
const ACTORS_KEY = 2;

/** How many kinds of key there are: a key's kind is its remainder by this. */
const KEY_KINDS = 4;

/** One number for a kind of key and an unordered pair of names' numbers (below 2^50, so exact). */
function pairKey(kind: number, a: number, b: number): number {
  return ((a < b ? a * NAME_LIMIT + b : b * NAME_LIMIT + a) * KEY_KINDS) + kind;
}

/** The kind of a key `pairKey` made. */
const kindOf = (key: number): number => key % KEY_KINDS;

/**
 * What a telling and a group must share for any merge rule to join them (see MERGE_RULES): a
 * telling from the same article, two content words of their headlines, or two actors. Each pair is
 * a key: of a word or actor `added` with any of `all`; an actor listed twice pairs with itself, as
 * the rules count it twice.
 *
 * @example
 * const numbers = new KeyNumbers()
 * const keys = joinKeys(numbers, 'a', { added: ['talk', 'trade'], all: ['talk', 'trade'] }, { added: ['china', 'france'], all: ['china', 'france'] })
 * keys.length //=> 3
 * // The same pair of words, from another article, in the other order:
 * joinKeys(numbers, 'b', { added: ['trade'], all: ['trade', 'talk'] }, { added: [], all: [] }).includes(keys[1]) //=> true
 * // The same names as actors are another key:
 * joinKeys(numbers, 'c', { added: [], all: [] }, { added: ['talk'], all: ['talk', 'trade'] }).includes(keys[1]) //=> false
 */
export function joinKeys(numbers: KeyNumbers, articleId: string, words: KeySource, actors: KeySource): number[] {
  const keys = new Set([pairKey(ARTICLE_KEY, numbers.of(articleId), 0)]);
  const pairs = (kind: number, { added, all }: KeySource, withItself: boolean): void => {
    const counts = new Map<number, number>();
    for (const item of all) {
      const number = numbers.of(item);
      counts.set(number, (counts.get(number) ?? 0) + 1);
    }
    for (const item of new Set(added)) {
      const number = numbers.of(item);
      for (const [other, count] of counts) if (other !== number || (withItself && count > 1)) keys.add(pairKey(kind, number, other));
    }
  };
  pairs(WORDS_KEY, words, false);
  pairs(ACTORS_KEY, actors, true);
  return [...keys];
}

/** Items new to a telling or group (`added`) and all it has with them, each as often as it counts. */
interface KeySource {
  added: Iterable<string>;
  all: Iterable<string>;
}

/** What the index reads of a group. */
export interface IndexedGroup {
  /** The calendar period it is filed under. */
  period: Period;
  /** Its keys in the index, each once. */
  keys: number[];
  /** The last search that found it (see `GroupIndex.candidatesFor`). */
  foundBy: number;
  /** Its place in the order groups were made: the first group that fits is the same on every run. */
  order(): number;
}

/** Past how many periods a window is searched through its keys' periods instead of its own. */
const LONG_WINDOW = 64;

/** Searches made by every index: a group found by one is marked with it, so none is taken twice. */
let searches = 0;

/**
 * Groups filed by each of their join keys and the calendar period that holds their date, so that a
 * telling is compared only with the groups that some rule could join it to: near-linear in the
 * number of articles, where comparing with every group of the year grew with its square. Each group
 * is filed once a key, under one period, so a search over a decade meets a year's group once, not
 * once a month. The first group that fits is the one comparing with all of them in creation order
 * would find.
 */
export class GroupIndex<Group extends IndexedGroup> {
  /**
   * key → its groups: one group alone (most keys are one group's) or several, while all are filed
   * under one period; by period id once they have been under several (then it stays a map). A map,
   * an object and an array for every key and period were 80 of the 360 MB the merger kept at 4,000
   * articles.
   */
  readonly #filed = new Map<number, Filed<Group> | Map<number, Filed<Group>>>();

  /** File `group` under the keys it did not have yet; a group taken out is not filed again. */
  add(group: Group, keys: readonly number[]): void {
    for (const key of keys) if (this.#file(group, key)) group.keys.push(key);
  }

  /** File `group`, made elsewhere, under every key it has. */
  addAll(group: Group): void {
    for (const key of group.keys) this.#file(group, key);
  }

  /** Take `group` out of the index. */
  remove(group: Group): void {
    for (const key of group.keys) {
      const filed = this.#filed.get(key);
      if (filed instanceof Map) {
        const rest = without(filed.get(group.period.id), group);
        if (rest === undefined) filed.delete(group.period.id);
        else filed.set(group.period.id, rest);
      } else {
        const rest = without(filed, group);
        if (rest === undefined) this.#filed.delete(key);
        else this.#filed.set(key, rest);
      }
    }
  }

  /**
   * File `group` under `key`, unless it is already: whether it was filed. Asked of the index, not of
   * a set of the group's keys: such sets, a number object for each key, were another 35 MB of the
   * merger's at 4,000 articles.
   */
  #file(group: Group, key: number): boolean {
    const filed = this.#filed.get(key);
    if (filed === undefined) this.#filed.set(key, group);
    else if (filed instanceof Map) {
      const here = filed.get(group.period.id);
      if (holds(here, group)) return false;
      filed.set(group.period.id, joined(here, group));
    } else if (periodOf(filed).id === group.period.id) {
      if (holds(filed, group)) return false;
      this.#filed.set(key, joined(filed, group));
    } else this.#filed.set(key, new Map([[periodOf(filed).id, filed], [group.period.id, group]]));
    return true;
  }

  /**
   * The groups that share one of `keys`, filed under a period that meets the key's window in
   * `windows` (`nested` for pairs of headline words, `apart` for the others), and that `accept`
   * takes, in creation order.
   */
  candidatesFor(windows: Windows, keys: readonly number[], accept: (group: Group) => boolean): Group[] {
    const search = searches++;
    const found: Group[] = [];
    const takeOne = (group: Group): void => {
      if (group.foundBy === search) return;
      group.foundBy = search;
      if (accept(group)) found.push(group);
    };
    const take = (filed: Filed<Group> | undefined): void => {
      if (Array.isArray(filed)) for (const group of filed) takeOne(group);
      else if (filed !== undefined) takeOne(filed);
    };
    // Counted once a key is found: most tellings' keys are nobody else's.
    const periods: { apart?: number[] | undefined; nested?: number[] | undefined } = {};
    for (const key of keys) {
      const filed = this.#filed.get(key);
      if (filed === undefined) continue;
      const which = kindOf(key) === WORDS_KEY ? 'nested' : 'apart';
      const window = windows[which];
      if (!(filed instanceof Map)) {
        if (meets(periodOf(filed), window)) take(filed);
        continue;
      }
      if (window === undefined) {
        take(filed.get(NO_PERIOD.id));
        continue;
      }
      // A long window meets more periods than a key is filed under: then go through the key's.
      const ids = which in periods ? periods[which] : (periods[which] = periodsMeeting(window, LONG_WINDOW));
      if (ids === undefined || filed.size < ids.length) {
        for (const groups of filed.values()) if (meets(periodOf(groups), window)) take(groups);
      } else {
        for (const id of ids) take(filed.get(id));
      }
    }
    return found.sort((a, b) => a.order() - b.order());
  }
}

/** The groups of one key filed under one period: one alone, or several. */
type Filed<Group> = Group | Group[];

/** The period the groups are filed under. */
function periodOf<Group extends IndexedGroup>(filed: Filed<Group>): Period {
  return (Array.isArray(filed) ? filed[0]! : filed).period;
}

function holds<Group>(filed: Filed<Group> | undefined, group: Group): boolean {
  return filed === group || (Array.isArray(filed) && filed.includes(group));
}

/** The groups and `group` after them. */
function joined<Group>(filed: Filed<Group> | undefined, group: Group): Filed<Group> {
  if (filed === undefined) return group;
  if (!Array.isArray(filed)) return [filed, group];
  filed.push(group);
  return filed;
}

/** The groups but `group`; undefined when none is left. */
function without<Group>(filed: Filed<Group> | undefined, group: Group): Filed<Group> | undefined {
  if (filed === undefined || filed === group) return undefined;
  if (!Array.isArray(filed)) return filed;
  const rest = filed.filter((other) => other !== group);
  return rest.length === 0 ? undefined : rest.length === 1 ? rest[0] : rest;
}

/**
 * A calendar period, as a span of parts (see `partOf`): a part of a month, a month, a year, a
 * decade, a century, or all time; `NO_PERIOD` holds the values with no calendar place, and meets no
 * window. `id` names it in the index.
 */
export interface Period {
  id: number;
  first: number;
  last: number;
}

/** The lengths in parts of the periods groups are filed under, shortest first: a part, a month, a year, a decade, a century. */
const PERIOD_PARTS = [1, PARTS_PER_MONTH, 12 * PARTS_PER_MONTH, 120 * PARTS_PER_MONTH, 1200 * PARTS_PER_MONTH] as const;

/** One number for the period of length `PERIOD_PARTS[level]` that starts at its `at`-th (`level` 5 is all time, 6 none). */
const periodId = (level: number, at: number): number => at * 8 + level;

const ALL_TIME: Period = { id: periodId(5, 0), first: Number.NEGATIVE_INFINITY, last: Number.POSITIVE_INFINITY };
const NO_PERIOD: Period = { id: periodId(6, 0), first: Number.NaN, last: Number.NaN };

/** A span of parts searched for groups (see `searchedUnder`); `undefined` for a value with no calendar place. */
export type Window = { first: number; last: number } | undefined;

/** A date's span of days, as `dayInterval` gives it. */
type Interval = { start: string; end: string } | undefined;

/** Whether a group filed under `period` is searched in `window`: a value with no calendar place meets only its like. */
function meets(period: Period, window: Window): boolean {
  return window === undefined ? period === NO_PERIOD : period.first <= window.last && window.first <= period.last;
}

/** A day ('YYYY-MM-DD') as its month, counted since year 0 (1997-07 is 1997 × 12 + 6), and its day of the month. */
function monthAndDay(day: string): [month: number, dayOfMonth: number] {
  const [, year, month, dayOfMonth] = /^(-?\d+)-(\d\d)-(\d\d)/u.exec(day) ?? [];
  return [Number(year) * 12 + Number(month) - 1, Number(dayOfMonth)];
}

/**
 * The part of a month a day is in, counted since year 0: days 1–8, 9–16, 17–24 or 25–31. Months
 * are cut in parts, not filed whole, because the groups of a month that share a pair of actors grew
 * with the number of articles, and each telling of the month went through them all.
 *
 * @example
 * partOf(1997 * 12 + 6, 1) //=> 95880
 * partOf(1997 * 12 + 6, 31) //=> 95883
 */
export function partOf(month: number, dayOfMonth: number): number {
  return month * PARTS_PER_MONTH + Math.floor((dayOfMonth - 1) / PART_DAYS);
}

/**
 * The shortest period that holds every part from `first` to `last` (see `partOf`).
 *
 * @example
 * // 1 July 1997 is in the first part of its month.
 * periodHolding(95880, 95880) //=> { id: 767040, first: 95880, last: 95880 }
 * // The winter of 1999, December to February, lies in no one century.
 * periodHolding(partOf(1999 * 12 + 11, 1), partOf(2000 * 12 + 1, 28)).first //=> -Infinity
 */
export function periodHolding(first: number, last: number): Period {
  for (const [level, parts] of PERIOD_PARTS.entries()) {
    const at = Math.floor(first / parts);
    if (at === Math.floor(last / parts)) return { id: periodId(level, at), first: at * parts, last: at * parts + parts - 1 };
  }
  return ALL_TIME;
}

/** Where a group is filed: the shortest period that holds its first date. */
export function filedUnder(interval: Interval): Period {
  if (interval === undefined) return NO_PERIOD;
  const [firstMonth, firstDay] = monthAndDay(interval.start);
  const [lastMonth, lastDay] = monthAndDay(interval.end);
  return periodHolding(partOf(firstMonth, firstDay), partOf(lastMonth, lastDay));
}

/**
 * The ids of every period that meets `window`, of every length, or `undefined` when there are more
 * than `most` of them.
 *
 * @example
 * periodsMeeting({ first: 95880, last: 95880 }, 10)?.length //=> 6
 * periodsMeeting({ first: 95880, last: 95880 + 48 }, 10) //=> undefined
 */
export function periodsMeeting(window: NonNullable<Window>, most: number): number[] | undefined {
  let count = 1;
  for (const parts of PERIOD_PARTS) count += Math.floor(window.last / parts) - Math.floor(window.first / parts) + 1;
  if (count > most) return undefined;
  const ids = [ALL_TIME.id];
  for (const [level, parts] of PERIOD_PARTS.entries()) {
    for (let at = Math.floor(window.first / parts); at <= Math.floor(window.last / parts); at++) ids.push(periodId(level, at));
  }
  return ids;
}

/**
 * Where a telling's groups are searched: `apart` for the keys of its article and of pairs of actors,
 * `nested` for pairs of headline words.
 */
export interface Windows {
  apart: Window;
  nested: Window;
}

/**
 * Where to look for the groups a telling may join. Every member of a group is dated within, around
 * or at most DISAGREEMENT_MAX_DAYS from the group's first date (the merge rules join nothing else,
 * and a sentence joins its own article's tellings only at their date): so its date, widened by
 * that many days, meets the period the group is filed under (`apart`). Days apart are joined only
 * with two actors in common (days-disagree); shared words join another article's telling only at a
 * date that nests with the group's, one holding the other (same-words, coarser-date,
 * unstated-date), and so filed under a period that meets the date itself (`nested`): most of the
 * groups merging went through were found through pairs of common headline words.
 *
 * @example
 * // 3 July 1997 reaches from 26 June, in the last part of June, to 10 July, in the second of July.
 * searchedUnder({ start: '1997-07-03', end: '1997-07-03' }) //=> { apart: { first: 95879, last: 95881 }, nested: { first: 95880, last: 95880 } }
 */
export function searchedUnder(interval: Interval): Windows {
  if (interval === undefined) return { apart: undefined, nested: undefined };
  const [firstMonth, firstDay] = monthAndDay(interval.start);
  const [lastMonth, lastDay] = monthAndDay(interval.end);
  const reach = DISAGREEMENT_MAX_DAYS;
  const lastLength = daysInMonth(lastMonth);
  return {
    apart: {
      first: firstDay > reach ? partOf(firstMonth, firstDay - reach) : partOf(firstMonth - 1, firstDay - reach + daysInMonth(firstMonth - 1)),
      last: lastDay + reach <= lastLength ? partOf(lastMonth, lastDay + reach) : partOf(lastMonth + 1, lastDay + reach - lastLength),
    },
    nested: { first: partOf(firstMonth, firstDay), last: partOf(lastMonth, lastDay) },
  };
}

/** The number of days of a month counted since year 0 (see `monthAndDay`), in the proleptic Gregorian calendar. */
function daysInMonth(month: number): number {
  const year = Math.floor(month / 12);
  const inYear = month - year * 12;
  if (inYear !== 1) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][inYear]!;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}
