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
const ARTICLE_KEY = 0;
const WORDS_KEY = 1;
const ACTORS_KEY = 2;

/** One number for a kind of key and an unordered pair of names' numbers (below 2^50, so exact). */
function pairKey(kind: number, a: number, b: number): number {
  return ((a < b ? a * NAME_LIMIT + b : b * NAME_LIMIT + a) * 4) + kind;
}

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
  /** Its keys in the index. */
  keys: Set<number>;
  /** The last search that found it (see `GroupIndex.candidatesFor`). */
  foundBy: number;
  /** Its place in the order groups were made: the first group that fits is the same on every run. */
  order(): number;
}

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
  /** key → period name → groups: most of a telling's keys are nobody else's, and are skipped at once. */
  readonly #filed = new Map<number, Map<string, { period: Period; groups: Group[] }>>();

  /** File `group` under the keys it did not have yet. */
  add(group: Group, keys: readonly number[]): void {
    for (const key of keys) {
      if (group.keys.has(key)) continue;
      group.keys.add(key);
      this.#file(group, key);
    }
  }

  /** File `group`, made elsewhere, under every key it has. */
  addAll(group: Group): void {
    for (const key of group.keys) this.#file(group, key);
  }

  /** Take `group` out of the index. */
  remove(group: Group): void {
    for (const key of group.keys) {
      const filed = this.#filed.get(key)?.get(group.period.name);
      if (filed !== undefined) filed.groups = filed.groups.filter((other) => other !== group);
    }
  }

  #file(group: Group, key: number): void {
    let byPeriod = this.#filed.get(key);
    if (byPeriod === undefined) this.#filed.set(key, (byPeriod = new Map()));
    const filed = byPeriod.get(group.period.name);
    if (filed) filed.groups.push(group);
    else byPeriod.set(group.period.name, { period: group.period, groups: [group] });
  }

  /** The groups filed under a period that meets `window` that share one of `keys` and that `accept` takes, in creation order. */
  candidatesFor(window: Window, keys: readonly number[], accept: (group: Group) => boolean): Group[] {
    const search = searches++;
    const found: Group[] = [];
    const take = (groups: readonly Group[]): void => {
      for (const group of groups) {
        if (group.foundBy === search) continue;
        group.foundBy = search;
        if (accept(group)) found.push(group);
      }
    };
    // Named once a key is found: most tellings' keys are nobody else's.
    let names: string[] | undefined;
    for (const key of keys) {
      const byPeriod = this.#filed.get(key);
      if (byPeriod === undefined) continue;
      names ??= window === undefined ? [NO_PERIOD.name] : periodsMeeting(window);
      // A long window names more periods than a key is filed under: then go through the key's.
      if (window !== undefined && byPeriod.size < names.length) {
        for (const { period, groups } of byPeriod.values()) if (meets(period, window)) take(groups);
      } else {
        for (const name of names) take(byPeriod.get(name)?.groups ?? []);
      }
    }
    return found.sort((a, b) => a.order() - b.order());
  }
}

/**
 * A calendar period, as a span of months (see `monthOf`): a month, a year, a decade, a century, or
 * all time; `NO_PERIOD` holds the values with no calendar place, and meets no window.
 */
export interface Period {
  name: string;
  first: number;
  last: number;
}

const NO_PERIOD: Period = { name: 'none', first: Number.NaN, last: Number.NaN };

/** The lengths in months of the periods groups are filed under, shortest first. */
const PERIOD_MONTHS = [1, 12, 120, 1200] as const;

/** A span of months searched for groups (see `searchedUnder`); `undefined` for a value with no calendar place. */
export type Window = { first: number; last: number } | undefined;

/** A date's span of days, as `dayInterval` gives it. */
type Interval = { start: string; end: string } | undefined;

/** Whether a group filed under `period` is searched in `window`: a value with no calendar place meets only its like. */
function meets(period: Period, window: Window): boolean {
  return window === undefined ? period === NO_PERIOD : period.first <= window.last && window.first <= period.last;
}

/** The month of a day ('YYYY-MM-DD') as a count of months since year 0: 1997-07 is 1997 × 12 + 6. */
function monthOf(day: string): number {
  const [, year, month] = /^(-?\d+)-(\d\d)/u.exec(day) ?? [];
  return Number(year) * 12 + Number(month) - 1;
}

/**
 * The shortest period that holds every month from `first` to `last` (see `monthOf`).
 *
 * @example
 * periodHolding(1997 * 12 + 6, 1997 * 12 + 6).name //=> '1:23970'
 * // The winter of 1999, December to February, lies in no one century.
 * periodHolding(1999 * 12 + 11, 2000 * 12 + 1).name //=> 'all'
 */
export function periodHolding(first: number, last: number): Period {
  for (const months of PERIOD_MONTHS) {
    const at = Math.floor(first / months);
    if (at === Math.floor(last / months)) return { name: `${months}:${at}`, first: at * months, last: at * months + months - 1 };
  }
  return { name: 'all', first: Number.NEGATIVE_INFINITY, last: Number.POSITIVE_INFINITY };
}

/** Where a group is filed: the shortest period that holds its first date. */
export function filedUnder(interval: Interval): Period {
  return interval === undefined ? NO_PERIOD : periodHolding(monthOf(interval.start), monthOf(interval.end));
}

/**
 * The names of every period that meets `window`, of every length.
 *
 * @example
 * periodsMeeting({ first: 1997 * 12 + 6, last: 1997 * 12 + 6 }) //=> ['all', '1:23970', '12:1997', '120:199', '1200:19']
 */
export function periodsMeeting(window: NonNullable<Window>): string[] {
  const names = ['all'];
  for (const months of PERIOD_MONTHS) {
    for (let at = Math.floor(window.first / months); at <= Math.floor(window.last / months); at++) names.push(`${months}:${at}`);
  }
  return names;
}

/**
 * Where to look for the groups a telling may join. Every member of a group is dated within, around
 * or at most DISAGREEMENT_MAX_DAYS from the group's first date (the merge rules join nothing else,
 * and a sentence joins its own article's tellings only at their date): so its date, widened by
 * that many days (a month either side when near a month's end), meets the period the group is filed under.
 */
export function searchedUnder(interval: Interval): Window {
  if (interval === undefined) return undefined;
  const startsEarly = Number(interval.start.slice(-2)) <= DISAGREEMENT_MAX_DAYS;
  const endsLate = Number(interval.end.slice(-2)) > 28 - DISAGREEMENT_MAX_DAYS;
  return { first: monthOf(interval.start) - (startsEarly ? 1 : 0), last: monthOf(interval.end) + (endsLate ? 1 : 0) };
}
