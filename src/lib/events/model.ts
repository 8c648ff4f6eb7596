import type { DatePrecision } from '../dates/precision.ts';
import type { TimexMod } from '../dates/timex.ts';

/** Where an event's date sits: a TIMEX3 value at its own precision ("1997" is a year, not 1 January). */
export interface EventDate {
  value: string;
  precision: DatePrecision;
  mod?: TimexMod;
  /** The last value of a range ("between 1997 and 2047"), same conventions as `value`. */
  end?: string;
}

export type ActorKind = 'person' | 'country' | 'organisation' | 'place';

export interface Actor {
  /** Stable slug: the same name gives the same id in every build. */
  id: string;
  name: string;
  kind: ActorKind;
}

/** A small closed vocabulary of what happens between states. */
export type EventType =
  | 'visit'
  | 'meeting'
  | 'statement'
  | 'agreement'
  | 'law'
  | 'sanction'
  | 'transfer'
  | 'protest'
  | 'office'
  | 'trade'
  | 'conflict'
  | 'other';

/** `reported`: what the article itself reports; `background`: history it recalls. */
export type EventKind = 'reported' | 'background';

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
}

/** An event as one article tells it, before merging across articles. */
export interface CandidateEvent extends Omit<TimelineEvent, 'id' | 'datesDisagree'> {
  /** The editors' known event (`content/events/<id>.md`) it tells, if any. */
  knownEventId?: string;
}
