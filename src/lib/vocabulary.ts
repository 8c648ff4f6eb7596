/**
 * Entente's closed vocabularies, in one place: the TypeScript types, the zod schemas of
 * `events.json` and of the editors' files, the JSON Schema and the messages are all built from
 * these lists, so adding a word here adds it everywhere.
 */
import type { DatePrecision } from './dates/precision.ts';
import type { TimexMod } from './dates/timex.ts';

/** What happens between states: a small closed set, so the filters stay short. */
export const EVENT_TYPES = [
  'visit',
  'meeting',
  'statement',
  'agreement',
  'law',
  'sanction',
  'transfer',
  'protest',
  'office',
  'trade',
  'conflict',
  'other',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** Who takes part or where it happens. */
export const ACTOR_KINDS = ['person', 'country', 'organisation', 'place'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];

/** `reported`: what the article itself reports; `background`: history it recalls. In the order readers see them. */
export const EVENT_KINDS = ['reported', 'background'] as const;

export type EventKind = (typeof EVENT_KINDS)[number];

/** What an editor did to an event, in an article's `events:`: added it, or corrected what Entente read. */
export const EDIT_KINDS = ['added', 'corrected'] as const;

export type EditKind = (typeof EDIT_KINDS)[number];

/** How fine a calendar value is, from finest to coarsest. */
export const DATE_PRECISIONS = [
  'day',
  'week',
  'month',
  'season',
  'quarter',
  'half',
  'year',
  'decade',
  'century',
] as const satisfies readonly DatePrecision[];

/**
 * The shape of a TIMEX3 calendar value at each precision (TimeML guidelines): `2024-10-18`,
 * `2024-W42`, `2020-06`, `2019-SU`, `2024-Q1`, `2024-H1`, `1997`, `199X`, `19`. A time of day
 * (`2024-10-18T14:00`, `…TAF`) counts as its day.
 */
export const TIMEX_VALUE_SHAPES: Readonly<Record<DatePrecision, RegExp>> = {
  day: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T.*)?$/,
  week: /^\d{4}-W\d{2}$/,
  month: /^\d{4}-(?:0[1-9]|1[0-2])$/,
  season: /^\d{4}-(?:SP|SU|FA|WI)$/,
  quarter: /^\d{4}-Q[1-4]$/,
  half: /^\d{4}-H[12]$/,
  year: /^\d{4}$/,
  decade: /^\d{3}X$/,
  century: /^\d{2}$/,
};

/** Any TIMEX3 calendar value, as one pattern a JSON Schema validator can run. */
export const CALENDAR_VALUE = new RegExp(
  `^(?:${DATE_PRECISIONS.map((precision) => TIMEX_VALUE_SHAPES[precision].source.slice(1, -1)).join('|')})$`,
);

/** TIMEX3 modifiers (TimeML `mod`): "early 2018" is `2018` with `START`. */
export const TIMEX_MODS = [
  'START',
  'MID',
  'END',
  'APPROX',
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
] as const satisfies readonly TimexMod[];

/**
 * PLOVER's sixteen event types (Open Event Data Alliance, the successor of CAMEO), in the
 * manual's order: how one political actor acts on another.
 */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

export type PloverType = (typeof PLOVER_TYPES)[number];

/** PLOVER's quad classes: talk or deeds, cooperation or conflict. Cooperation first, as charts stack them. */
export const QUAD_CLASSES = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] as const;

export type QuadClass = (typeof QUAD_CLASSES)[number];

/**
 * Each type's quad class, as PLOVER's manual groups them. One table of the manual lists
 * SANCTION as verbal; its own section and summary say material, which is followed here.
 */
export const PLOVER_QUAD: Readonly<Record<PloverType, QuadClass>> = {
  AGREE: 'verbal-cooperation',
  CONSULT: 'verbal-cooperation',
  SUPPORT: 'verbal-cooperation',
  CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation',
  AID: 'material-cooperation',
  RETREAT: 'material-cooperation',
  REQUEST: 'verbal-conflict',
  ACCUSE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict',
  SANCTION: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
};
