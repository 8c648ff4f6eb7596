import type { DatePrecision } from '../dates/precision.ts';
import type { TimexMod } from '../dates/timex.ts';
import type { ActorKind, EditKind, EventKind, EventType, PloverType, QuadClass } from '../vocabulary.ts';

export type { ActorKind, EditKind, EventKind, EventType, PloverType, QuadClass } from '../vocabulary.ts';

/**
 * Where an event's date sits: a TIMEX3 value at its own precision ("1997" is a year, not
 * 1 January). An event that lasts ("From February 21 to 28, 1972", "2011–2012") also has an
 * end: `end` and `endPrecision` are both present or both absent, and the end is never before
 * `value`. Order and grouping go by `value`, the start.
 */
export interface EventDate {
  value: string;
  precision: DatePrecision;
  /** A modifier of the start ("early 2018"). */
  mod?: TimexMod;
  /** The last value of a range, same conventions as `value`: `1972-02-28`, `1973-03`, `2012`. */
  end?: string;
  /** The precision of `end`, which may differ from the start's ("21 February 1972 – March 1973"). */
  endPrecision?: DatePrecision;
}

/**
 * An event coded as an interaction between two political actors, in PLOVER's terms: who acted
 * (`actor`) on whom (`recipient`), how (`type`, with its `quad` class) and how warmly or coldly
 * (`intensity`, −10 … +10, from the Goldstein scale carried to PLOVER types).
 * `actor` and `recipient` are ids of countries or organisations: a person counts for whom they act.
 */
export interface Relation {
  type: PloverType;
  quad: QuadClass;
  intensity: number;
  actor: string;
  recipient: string;
}

export interface Actor {
  /** Stable slug: the same name gives the same id in every build. */
  id: string;
  name: string;
  kind: ActorKind;
}

/** One telling of an event: the article, the exact place in it, the words it used. */
export interface EventSource {
  articleId: string;
  articleTitle: string;
  url?: string;
  line: number;
  column: number;
  /** The fragment id of the paragraph holding the quote on the article's page. */
  anchor: string;
  quote: string;
  /** The date expression as the article wrote it ("on Friday", "in 1997"). */
  dateText: string;
  dateValue: string;
}

/** One dated happening, told by one or more articles. */
export interface TimelineEvent {
  id: string;
  date: EventDate;
  title: string;
  summary: string;
  actors: Actor[];
  type: EventType;
  kind: EventKind;
  sources: EventSource[];
  /** The differing day-precision values when merged sources disagree. */
  datesDisagree?: string[];
  /** Present when an editor changed what Entente read, in an article's `events:` (see `applyOverrides`). */
  edited?: EditKind;
  /** The event coded in PLOVER's terms (see relation-rules.ts); `null` when it is no interaction between two political actors. */
  relation: Relation | null;
}

/** An event as one article tells it, before merging across articles. */
export interface CandidateEvent extends Omit<TimelineEvent, 'id' | 'datesDisagree'> {
  /** The editors' known event (`content/events/<id>.md`) it tells, if any. */
  knownEventId?: string;
  /** The headline rules that rewrote its title (see headline-rules.ts), for `entente check --events`. */
  titleRules?: readonly string[];
  /** The relation rules that coded it (a type rule, then a side rule, or the null rule), for `entente check --events`. */
  relationRules?: readonly string[];
}
