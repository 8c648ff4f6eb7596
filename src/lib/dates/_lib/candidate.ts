import type { TimexMod, TimexType } from '../timex.ts';

/** Calendar units a relative expression can count in. */
export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/**
 * What a rule read but could not place on the calendar by itself: refiners anchor it on the
 * document creation time (DCT), the sentence's tense or the last date mentioned (TimeML's
 * "reference time").
 */
export type Relative =
  /** "yesterday", "last week", "two years ago": counted from the DCT, shown at `granularity`. */
  | { kind: 'dct'; unit: Unit; amount: number; granularity: Unit }
  /** "the following day", "a week later", "that year": counted from the last date mentioned. */
  | { kind: 'ref'; unit: Unit; amount: number; granularity?: Unit }
  /** "on Friday", "last Friday": the weekday (0 = Sunday) nearest the DCT in the tense's direction. */
  | { kind: 'weekday'; weekday: number; shift?: -1 | 1 }
  /**
   * "the weekend", "last weekend", "next weekend": a Saturday–Sunday placed from the DCT's week,
   * back (-1) or forward (1); `upcoming` ("the coming weekend") is the first one after the DCT.
   */
  | { kind: 'weekend'; shift?: -1 | 1; upcoming?: true }
  /** "in '82": a year whose century is elided, so the DCT's century, or the one before. */
  | { kind: 'shortYear'; digits: number }
  /** "October 18", "in February", "spring", "the fourth quarter": year taken from DCT and tense. */
  | { kind: 'yearless'; month?: number; day?: number; suffix?: string; span?: 'season' | 'quarter' | 'half'; shift?: -1 | 0 | 1; yearOffset?: number }
  /** "14:30", "this morning": a time of day on the last date mentioned or the DCT. */
  | { kind: 'timeOfDay'; time: string; onDct?: boolean };

/** One expression as a rule found it, before the refiners. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  /** Set when the text states the whole value ("1997", "P2D"); else `relative` says how to find it. */
  value?: string;
  relative?: Relative;
  mod?: TimexMod;
  /** Daypart suffix (MO, AF, EV, NI) to add once the day is known ("Friday afternoon"). */
  daypart?: string;
  /** Name of the rule that produced it, for debugging and tests. */
  rule: string;
  /**
   * A range or list read as one match ("4–7 March 2015", "1870–71"), so that it wins over the
   * readings of its pieces; `splitRanges` replaces it by these, one per date, before anchoring
   * (TimeML marks each end of a range as a TIMEX3 of its own, the word or dash between them left out).
   */
  parts?: readonly Candidate[];
  /** Position of that rule in the rule list: of two equal readings the earlier rule wins. */
  priority?: number;
}

/** Whether a rule can match with this lower-case word (letters and digits) after its starter. */
export type NextWordTest = (word: string) => boolean;

/** A recognition rule: one pattern (global, precompiled) and what a match means. */
export interface Rule {
  name: string;
  /**
   * The lower-case first tokens a match can begin with, so the tagger tries the pattern only where
   * it can start instead of scanning the whole text once per rule. `'#'` is any run of digits;
   * `'#1'`, `'#2'`, `'#4'` a run of exactly that many ("2015" never starts a slash date).
   */
  starters: readonly string[];
  /**
   * For some starters, the lower-case words that can come next (after white space) in a match:
   * at "the" the duration rule needs "past", "next", … The tagger reads the next word once per
   * starter and skips a rule whose list lacks it rather than run its pattern only to fail ("the"
   * is one word in eleven). A starter not listed, or a next word the tagger cannot read plainly
   * (no ASCII space after the starter, a non-ASCII character), tries the rule as before. `'#'` in
   * a list admits any word that begins with a digit ("October 18", "last 30 days"). Where no list
   * can say it, a test of the word does: after a month, a day is one or two digits ("July 2022"
   * starts no month-day date); a clock time's zone is any word like "CET".
   */
  next?: Readonly<Record<string, ReadonlySet<string> | NextWordTest>>;
  /**
   * For some starters, the ASCII characters that can come right after the starter in a match: an
   * ISO date needs "-" after its four digits, a decade "s". A non-ASCII character always tries the
   * rule (it may be a space or an apostrophe the pattern accepts). After a digit run a `.` in the
   * list stands for a decimal point ("2.5 years", "9.30am"): it admits a full stop only before a digit.
   */
  nextChar?: Readonly<Record<string, string>>;
  /**
   * Starters that begin a match only when written with a capital: the pattern is case-sensitive
   * and names months, weekdays or holidays, so "may" the verb need not run it.
   */
  capitalised?: readonly string[];
  /** Global (`g`) pattern; the tagger runs a sticky copy of it at each starter token. */
  pattern: RegExp;
  /** Return `null` when the context shows the match is not a temporal expression. */
  extract(match: RegExpExecArray, text: string): Candidate | null;
}

/** Everything the refiners need to know about the document. */
export interface TagContext {
  text: string;
  /** Publication date as `YYYY-MM-DD`. */
  dct: string;
}
