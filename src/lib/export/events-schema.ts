import { z } from 'zod';
import type { Actor, EventDate, EventSource, Relation, TimelineEvent } from '../events/model.ts';
import {
  ACTOR_KINDS,
  CALENDAR_VALUE,
  DATE_PRECISIONS,
  EDIT_KINDS,
  EVENT_KINDS,
  EVENT_TYPES,
  PLOVER_TYPES,
  QUAD_CLASSES,
  TIMEX_MODS,
} from '../vocabulary.ts';
import { EVENTS_JSON_VERSION } from './events-json.ts';
import type { EventsDocument } from './events-json.ts';
import { absoluteSiteUrl } from './_lib/site-url.ts';
import { orList } from './_lib/or-list.ts';
import type { Assert, Same } from './_lib/same-shape.ts';

/** A TIMEX3 calendar value: events only ever carry values with a calendar place. */
const calendarValue = z.string().regex(CALENDAR_VALUE);

// The schema's descriptions repeat the README's `events.json` table (a test holds them to it).
export const eventDateSchema = z
  .object({
    value: calendarValue.meta({
      description:
        'TIMEX3 value: `2024-10-18` day, `2024-W42` week, `2020-06` month, `2019-SU` season, `2024-Q1` quarter, `2024-H1` half, `1997` year, `199X` decade, `19` century',
    }),
    precision: z.enum(DATE_PRECISIONS).meta({ description: orList(DATE_PRECISIONS) }),
    mod: z
      .enum(TIMEX_MODS)
      .meta({ description: 'optional TIMEX3 modifier: `START` ("early 2018"), `MID`, `END`, `APPROX`, …' })
      .optional(),
    end: calendarValue
      .meta({ description: 'for an event that lasts ("21–28 Feb 1972", "2011–2012"): its last value, a TIMEX3 value never before `value`' })
      .optional(),
    endPrecision: z
      .enum(DATE_PRECISIONS)
      .meta({ description: 'the precision of `end`, present exactly when `end` is' })
      .optional(),
  })
  .refine((date) => (date.end === undefined) === (date.endPrecision === undefined), {
    message: '`end` and `endPrecision` go together',
    path: ['endPrecision'],
  })
  .meta({
    description: 'when it happened, at its own precision: `1997` is a year, not 1 January 1997',
    // JSON Schema cannot run the refinement above; this keyword says the same.
    dependentRequired: { end: ['endPrecision'], endPrecision: ['end'] },
  });

export const actorSchema = z
  .object({
    id: z.string().min(1).meta({ description: 'stable slug: the same name gives the same id in every build' }),
    name: z.string().min(1).meta({ description: 'the name shown to readers' }),
    kind: z.enum(ACTOR_KINDS).meta({ description: orList(ACTOR_KINDS) }),
  })
  .meta({ description: 'a person, country or organisation named in the event' });

export const eventSourceSchema = z
  .object({
    articleId: z.string().min(1).meta({ description: 'id of the article (its page is `/articles/<articleId>/`)' }),
    articleTitle: z.string().meta({ description: 'the article’s title' }),
    url: z.url().meta({ description: 'the article’s original address, if it has one' }).optional(),
    line: z.number().int().min(1).meta({ description: 'line of the sentence in the article’s file (1-based)' }),
    column: z.number().int().min(1).meta({ description: 'column of the sentence in the article’s file (1-based)' }),
    anchor: z.string().meta({ description: 'fragment id of the paragraph holding the quote on the article page' }),
    quote: z.string().meta({ description: 'the sentence as the article wrote it' }),
    dateText: z.string().meta({ description: 'the date as written ("on Friday", "in 1997"); empty when the text does not write it: the news week of an undated happening, or an event an editor added' }),
    dateValue: z.string().meta({ description: 'the date as read: a TIMEX3 value' }),
  })
  .meta({ description: 'one telling of the event: the article, the exact place in it, the words it used' });

export const relationSchema = z
  .object({
    type: z.enum(PLOVER_TYPES).meta({ description: `PLOVER event type: ${orList(PLOVER_TYPES)}` }),
    quad: z.enum(QUAD_CLASSES).meta({ description: `PLOVER quad class of the type: ${orList(QUAD_CLASSES)}` }),
    intensity: z.number().min(-10).max(10).meta({ description: 'from −10 (most hostile) to +10 (most cooperative): the Goldstein weight of the CAMEO code the coding stands for' }),
    actor: z.string().min(1).meta({ description: 'id of the country or organisation that acts (a person counts for whom they act; a visitor acts)' }),
    recipient: z.string().min(1).meta({ description: 'id of the country or organisation acted on (a host receives)' }),
  })
  .meta({ description: 'the event coded as an interaction between two political actors, in PLOVER’s terms' });

export const timelineEventSchema = z
  .object({
    id: z.string().min(1).meta({
      description:
        'stable slug from date and title: the same content gives the same id (and URL `/events/<id>/`) in every build',
    }),
    date: eventDateSchema,
    title: z.string().min(1).max(80).meta({ description: 'short present-tense headline (≤ 80 characters)' }),
    summary: z.string().meta({ description: 'the sentence the event was read from' }),
    actors: z.array(actorSchema).meta({
      description:
        'people, countries and organisations named: `id`, `name`, `kind` (`person`, `country`, `organisation`, `place`)',
    }),
    type: z.enum(EVENT_TYPES).meta({ description: orList(EVENT_TYPES) }),
    kind: z.enum(EVENT_KINDS).meta({
      description: "`reported` (the article's own news) or `background` (history it recalls)",
    }),
    sources: z.array(eventSourceSchema).min(1).meta({
      description:
        'every telling: `articleId`, `articleTitle`, `url` (if the article has one), `line`/`column` of the sentence in the file, `anchor` (fragment id on the article page), `quote`, and the date as written (`dateText`, empty when the text does not write it: the news week of an undated happening, or an event an editor added) and read (`dateValue`)',
    }),
    datesDisagree: z
      .array(z.string())
      .meta({ description: 'present when merged sources give different days: the differing values' })
      .optional(),
    edited: z
      .enum(EDIT_KINDS)
      .meta({ description: 'present when an editor changed what Entente read (an article’s `events:`): `added` or `corrected`' })
      .optional(),
    relation: relationSchema.nullable().meta({
      description:
        'the event coded in PLOVER’s terms: `type` (one of its 16 event types), `quad` (`verbal-cooperation`, `material-cooperation`, `verbal-conflict`, `material-conflict`), `intensity` (−10 … +10), `actor` and `recipient` (ids of the country or organisation on each side); `null` when the event is no interaction between two political actors (a founding, a domestic law with no counterpart, a ceremony)',
    }),
  })
  .meta({ description: 'one dated happening, told by one or more articles' });

export const eventsDocumentSchema = z
  .object({
    version: z.literal(EVENTS_JSON_VERSION).meta({ description: 'format version; it changes only when a field changes meaning' }),
    events: z.array(timelineEventSchema).meta({ description: 'every event, in chronological order' }),
  })
  .meta({ title: 'Entente events.json', description: 'Every event of an Entente timeline, in chronological order.' });

/** Changing a field in `src/lib/events/model.ts` without updating the schema fails `tsc`. */
export type SchemaMatchesModel = [
  Assert<Same<z.infer<typeof eventDateSchema>, EventDate>>,
  Assert<Same<z.infer<typeof actorSchema>, Actor>>,
  Assert<Same<z.infer<typeof eventSourceSchema>, EventSource>>,
  Assert<Same<z.infer<typeof relationSchema>, Relation>>,
  Assert<Same<z.infer<typeof timelineEventSchema>, TimelineEvent>>,
  Assert<Same<z.infer<typeof eventsDocumentSchema>, EventsDocument>>,
];

/** Identifies the schema when the site's address is unknown (a build without `ENTENTE_SITE`). */
const FALLBACK_ID = `urn:entente:events-schema:v${EVENTS_JSON_VERSION}`;

export interface EventsJsonSchemaOptions {
  /** The site's address with its base (`https://example.org/timeline/`); makes `$id` the served URL. */
  siteUrl?: string;
}

/**
 * The JSON Schema (draft 2020-12) of `events.json`, generated from the zod schema above so the
 * published contract is the one the code is checked against.
 *
 * @example
 * eventsJsonSchema({ siteUrl: 'https://example.org/timeline/' }).$id
 * //=> 'https://example.org/timeline/events.schema.json'
 */
export function eventsJsonSchema(options: EventsJsonSchemaOptions = {}): z.core.JSONSchema.JSONSchema & { $id: string } {
  const { $schema, ...rest } = z.toJSONSchema(eventsDocumentSchema, { target: 'draft-2020-12', io: 'output' });
  const site = absoluteSiteUrl(options.siteUrl);
  const $id = site === undefined ? FALLBACK_ID : new URL('events.schema.json', site).href;
  return { $schema, $id, ...rest };
}
