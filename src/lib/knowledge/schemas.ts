/**
 * What editors write in `content/actors/`, `content/events/` and `content/eras/`: one zod
 * schema per kind of file, which is both the check and the type.
 */
import { z } from 'zod';
import type { FrontmatterSpec } from '../article/validate.ts';
// The subpath loads one function instead of the whole library.
import { isMatch } from 'date-fns/isMatch';
import { dayInterval } from '../dates/interval.ts';
import { datePrecision } from '../dates/precision.ts';
import { ACTOR_KINDS, EVENT_TYPES } from '../vocabulary.ts';

const text = z.string().trim().min(1);
const names = z.array(text).default([]);

/**
 * A TIMEX3 calendar value: `1997`, `2020-06-30`, `2015-Q4`, `199X`. YAML reads a bare `2015` as a
 * number, so numbers are taken back as the digits the editor wrote.
 */
const timexValue = z
  .union([z.string().trim(), z.number().int().nonnegative().transform(String)])
  .refine((value) => datePrecision(value) !== undefined && isRealDay(value), { params: { ruleId: 'timex-invalid' } });

/** A day value must exist on the calendar, as an article's date must (no 30 February). */
function isRealDay(value: string): boolean {
  return datePrecision(value) !== 'day' || isMatch(value.slice(0, 10), 'yyyy-MM-dd');
}

export const actorSchema = z.object({
  name: text,
  kind: z.enum(ACTOR_KINDS),
  aliases: names,
  /** For a person or organisation: the country they act for, by its name or id. */
  country: text.optional(),
  role: text.optional(),
});

/** Whether `end` ends no earlier than `start` begins: `1997` may end what starts on `1997-07-01`. */
function notBefore(start: string, end: string): boolean {
  return (dayInterval(start)?.start ?? start) <= (dayInterval(end)?.end ?? end);
}

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
  .refine(({ date, end }) => end === undefined || notBefore(date, end), {
    path: ['end'],
    params: { ruleId: 'event-end-before-date', reason: '"end" must not be before "date"' },
  });

export const eraSchema = z
  .object({
    title: text,
    start: timexValue,
    end: timexValue,
  })
  .refine(({ start, end }) => notBefore(start, end), {
    path: ['end'],
    params: { ruleId: 'era-end-before-start', reason: '"end" must not be before "start"' },
  });

const CALENDAR_VALUE = 'a date as a TIMEX3 value: 1997, 2020-06, 2020-06-30, 2015-Q4 or 199X';

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
