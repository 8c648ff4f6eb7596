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
};
