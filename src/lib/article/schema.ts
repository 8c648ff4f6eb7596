/**
 * The frontmatter of an article: one zod schema that is both the check and the type.
 *
 * Unknown keys are allowed and stripped (zod's default for objects): authors may keep their own
 * notes (`notes:`, `draft:`) without breaking the build, and nothing downstream sees them. A key
 * that looks like a misspelt known one gets a warning instead (see `validateFrontmatter`).
 */
// The subpath loads one function instead of the whole library (about 1.4 s at start-up).
import { isMatch } from 'date-fns/isMatch';
import { z } from 'zod';
import { dayInterval } from '../dates/interval.ts';
import { datePrecision } from '../dates/precision.ts';
import { EVENT_TYPES, PLOVER_TYPES } from '../vocabulary.ts';
import { GENRES } from './genres.ts';

/**
 * The shape of a date as authors must write it: `YYYY-MM-DD`, or an ISO 8601 date and time as
 * publishing systems export it (`2024-10-18T08:30:00Z`), of which the day as written is kept.
 */
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A calendar day written `YYYY-MM-DD` that exists in the proleptic Gregorian calendar, kept as the
 * string the author wrote (never a `Date`, so never shifted by a time zone). date-fns checks that
 * the day exists (no 30 February, no 29 February outside leap years, no year 0). Any year from
 * 0001 to 9999 is accepted: `0001-01-01` is a real date, and what matters is that it stays
 * "0001-01-01" rather than becoming 1901 as YAML's timestamp type would make it.
 */
export const calendarDateSchema = z
  .string()
  .regex(DATE_SHAPE, { abort: true })
  .refine((value) => isMatch(value.slice(0, 10), 'yyyy-MM-dd'), { params: { ruleId: 'date-invalid' } })
  .transform((value) => value.slice(0, 10));

/**
 * A TIMEX3 calendar value as editors write it: `1997`, `2020-06`, `2020-06-30`, `2015-Q4`, `199X`.
 * YAML reads a bare `2015` as a number, so numbers are taken back as the digits the editor wrote.
 */
export const timexValueSchema = z
  .union([z.string().trim(), z.number().int().nonnegative().transform(String)])
  .refine((value) => datePrecision(value) !== undefined && isRealDay(value), { params: { ruleId: 'timex-invalid' } });

/** A day value must exist on the calendar, as an article's date must (no 30 February). */
function isRealDay(value: string): boolean {
  return datePrecision(value) !== 'day' || isMatch(value.slice(0, 10), 'yyyy-MM-dd');
}

/** What a `timexValueSchema` field must be, in words, for messages. */
export const TIMEX_VALUE_EXPECTATION = 'a date as a TIMEX3 value: 1997, 2020-06, 2020-06-30, 2015-Q4 or 199X';

/**
 * Whether `end` ends no earlier than `start` begins: `1997` may end what starts on `1997-07-01`.
 *
 * @example
 * endsNotBefore('1997-07-01', '1997') //=> true
 * endsNotBefore('2024-10-18', '2024-10-17') //=> false
 */
export function endsNotBefore(start: string, end: string): boolean {
  return (dayInterval(start)?.start ?? start) <= (dayInterval(end)?.end ?? end);
}

const text = z.string().trim().min(1);

/** The longest title `events.json` allows (see `timelineEventSchema`). */
const TITLE_MAX_LENGTH = 80;

/** What an editor may say an event is: the fields of a correction, all required in an addition. */
const eventFields = {
  date: timexValueSchema,
  end: timexValueSchema.optional(),
  title: text.max(TITLE_MAX_LENGTH),
  /** Ids of `content/actors` files, or names (a name no file knows becomes a person). */
  actors: z.array(text),
  type: z.enum(EVENT_TYPES),
};

/**
 * An editor's coding of an event in PLOVER's terms (see relation-rules.ts): its type and the ids of
 * the two sides, its quad class and intensity derived; `null` for no interaction between two actors.
 */
const relationSchema = z
  .strictObject({ type: z.enum(PLOVER_TYPES), actor: text, recipient: text })
  .refine(({ actor, recipient }) => actor !== recipient, {
    path: ['recipient'],
    params: { ruleId: 'events-relation-same-sides', reason: '"recipient" must be another side than "actor"', hint: 'Give the ids of two different countries or organisations' },
  })
  .nullable();

const END_BEFORE_DATE = { ruleId: 'events-end-before-date', reason: '"end" must not be before "date"', hint: 'Give an "end" on or after "date"' };

/** An event the reading missed, and optionally the words of the article it rests on. */
const addedEventSchema = z
  .strictObject({ ...eventFields, quote: text.optional(), relation: relationSchema.optional() })
  .refine(({ date, end }) => end === undefined || endsNotBefore(date, end), { path: ['end'], params: END_BEFORE_DATE });

/** The keys of a correction, besides `match`: what it changes, in the order reports list them. */
export const CORRECTION_KEYS = ['date', 'end', 'title', 'actors', 'type', 'relation', 'same_as'] as const;

/**
 * One item of `events:`: `add` an event, or `match` one Entente read (by words of its sentence or
 * by its id) to correct it, `drop` it or join it to a known event (`same_as`). One zod object
 * rather than a union, so that a mistake is reported on the key that is wrong, not as "no variant
 * matched"; the rules between keys are checked after.
 */
export const eventOverrideSchema = z
  .strictObject({
    add: addedEventSchema.optional(),
    match: text.optional(),
    date: eventFields.date.optional(),
    end: eventFields.end,
    title: eventFields.title.optional(),
    actors: eventFields.actors.optional(),
    type: eventFields.type.optional(),
    relation: relationSchema.optional(),
    /** The id of a known event (`content/events/<id>.md`) the matched event is a telling of. */
    same_as: text.optional(),
    drop: z.literal(true).optional(),
    /** Why, for reviewers: kept with the outcome and shown by `entente check --events`. */
    reason: text.optional(),
  })
  .superRefine((override, context) => {
    const problem = (path: string, ruleId: string, reason: string, hint: string) =>
      context.addIssue({ code: 'custom', path: [path], input: override, params: { ruleId, reason, hint } });
    const corrections = CORRECTION_KEYS.filter((key) => override[key] !== undefined);
    if ((override.add === undefined) === (override.match === undefined)) {
      problem(
        override.add === undefined ? 'match' : 'add',
        'events-add-or-match',
        'Each item of "events" must have either "add" or "match", not both',
        'Write "- add: { date: …, title: …, actors: […], type: … }", or "- match: "words of the sentence"" with what to change',
      );
    } else if (override.add !== undefined && (corrections.length > 0 || override.drop)) {
      problem(corrections[0] ?? 'drop', 'events-add-with-correction', '"add" gives the whole event; it takes no other change', 'Put the fields inside "add: { … }"');
    } else if (override.match !== undefined && override.drop && corrections.length > 0) {
      problem(corrections[0]!, 'events-drop-with-correction', 'A dropped event cannot also be corrected', 'Remove "drop: true", or the corrections');
    } else if (override.match !== undefined && !override.drop && corrections.length === 0) {
      problem('match', 'events-match-without-change', '"match" must come with what to change', `Add one of ${CORRECTION_KEYS.join(', ')}, or "drop: true"`);
    }
    if (override.date !== undefined && override.end !== undefined && !endsNotBefore(override.date, override.end)) {
      problem('end', END_BEFORE_DATE.ruleId, END_BEFORE_DATE.reason, END_BEFORE_DATE.hint);
    }
  });

/** One item of an article's `events:`, as validated. */
export type EventOverride = z.infer<typeof eventOverrideSchema>;

/** The frontmatter fields Entente reads. */
export const frontmatterSchema = z.object({
  /** Headline of the article. */
  title: z.string().trim().min(1),
  /**
   * Publication date: the document creation time against which "on Friday" is resolved. A
   * reference page may have none: its dates are placed by the narrative (see `genre.ts`).
   */
  date: calendarDateSchema.optional(),
  /** How the text tells time and who speaks in it; inferred when absent (see `genre.ts`). */
  genre: z.enum(GENRES).optional(),
  /** Who speaks in a speech or statement: the "I" and "we" of its text. */
  speaker: z.string().trim().min(1).optional(),
  /** The author; counts as the speaker of a first-person text when `speaker` is absent. */
  author: z.string().trim().min(1).optional(),
  /** Who published it (agency or outlet), e.g. `AFP`. */
  source: z.string().trim().min(1).optional(),
  /** Link to the original; only http(s), because it becomes an `href` on the site. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Free-form labels. */
  tags: z.array(z.string().trim().min(1)).default([]),
  /** Editors' corrections of the events read from the article (see `applyOverrides`). */
  events: z.array(eventOverrideSchema).optional(),
});

/** Frontmatter after validation (dates are `YYYY-MM-DD` strings, `tags` defaults to `[]`). */
export type Frontmatter = z.infer<typeof frontmatterSchema>;


/** What each field must be, in words, for messages. */
export const FIELD_EXPECTATIONS: Readonly<Record<string, string>> = {
  title: 'a non-empty string',
  date: 'a real calendar date written YYYY-MM-DD',
  genre: `one of ${GENRES.join(', ')}`,
  speaker: 'a non-empty string (a name or an office)',
  author: 'a non-empty string (a name)',
  source: 'a non-empty string',
  url: 'an absolute http(s) URL',
  tags: 'a list of non-empty strings',
  events: 'a list of event corrections, each "- add: { … }" or "- match: "words"" with what to change',
  'events[]': 'a mapping with "add" or "match"',
  ...eventExpectations('events.'),
  ...eventExpectations('events.add.'),
  'events.add': 'a mapping of date, title, actors, type and optionally end, quote and relation',
  'events.add.quote': 'words that occur in the article',
  'events.match': 'words of the event’s sentence, or the event’s id',
  'events.same_as': 'the id of a known event (a file in content/events/)',
  'events.drop': 'true',
  'events.reason': 'a non-empty string',
};

/** What each field of an event must be, under a prefix (`events.`, `events.add.`). */
function eventExpectations(prefix: string): Record<string, string> {
  return {
    [`${prefix}date`]: TIMEX_VALUE_EXPECTATION,
    [`${prefix}end`]: `${TIMEX_VALUE_EXPECTATION}, not before date`,
    [`${prefix}title`]: `a non-empty headline of at most ${TITLE_MAX_LENGTH} characters`,
    [`${prefix}actors`]: 'a list of actor ids (content/actors) or names',
    [`${prefix}type`]: `one of ${EVENT_TYPES.join(', ')}`,
    [`${prefix}relation`]: 'a mapping of type, actor and recipient, or null for no interaction between two actors',
    [`${prefix}relation.type`]: `one of ${PLOVER_TYPES.join(', ')}`,
    [`${prefix}relation.actor`]: 'the id of the country or organisation that acts',
    [`${prefix}relation.recipient`]: 'the id of the country or organisation acted on, another than actor',
  };
}
