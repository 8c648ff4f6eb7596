/**
 * What editors write in `content/actors/`, `content/events/` and `content/eras/`: one zod
 * schema per kind of file, which is both the check and the type.
 */
import { z } from 'zod';
import { TIMEX_VALUE_EXPECTATION as CALENDAR_VALUE, endsNotBefore, timexValueSchema as timexValue } from '../article/schema.ts';
import type { FrontmatterSpec } from '../article/validate.ts';
import { ACTOR_KINDS, EVENT_TYPES } from '../vocabulary.ts';

const text = z.string().trim().min(1);
const names = z.array(text).default([]);

export const actorSchema = z.object({
  name: text,
  kind: z.enum(ACTOR_KINDS),
  aliases: names,
  /** For a person or organisation: the country they act for, by its name or id. */
  country: text.optional(),
  role: text.optional(),
});

export const knownEventSchema = z
  .object({
    title: text,
    date: timexValue,
    /** The last day, month or year of a known event that lasts ("21 to 28 February 1972"). */
    end: timexValue.optional(),
    aliases: names,
    type: z.enum(EVENT_TYPES).optional(),
    actors: names,
  })
  .refine(({ date, end }) => end === undefined || endsNotBefore(date, end), {
    path: ['end'],
    params: { ruleId: 'event-end-before-date', reason: '"end" must not be before "date"' },
  });

export const eraSchema = z
  .object({
    title: text,
    start: timexValue,
    end: timexValue,
  })
  .refine(({ start, end }) => endsNotBefore(start, end), {
    path: ['end'],
    params: { ruleId: 'era-end-before-start', reason: '"end" must not be before "start"' },
  });

export const ACTOR_FRONTMATTER: FrontmatterSpec<typeof actorSchema> = {
  schema: actorSchema,
  expectations: {
    name: 'a non-empty string',
    kind: `one of ${ACTOR_KINDS.join(', ')}`,
    aliases: 'a list of names',
    country: 'a country name',
    role: 'a non-empty string',
  },
};

export const KNOWN_EVENT_FRONTMATTER: FrontmatterSpec<typeof knownEventSchema> = {
  schema: knownEventSchema,
  expectations: {
    title: 'a non-empty string',
    date: CALENDAR_VALUE,
    end: `${CALENDAR_VALUE}, not before date`,
    aliases: 'a list of phrases',
    type: `one of ${EVENT_TYPES.join(', ')}`,
    actors: 'a list of actor names',
  },
};

export const ERA_FRONTMATTER: FrontmatterSpec<typeof eraSchema> = {
  schema: eraSchema,
  expectations: { title: 'a non-empty string', start: CALENDAR_VALUE, end: `${CALENDAR_VALUE}, not before start` },
};
