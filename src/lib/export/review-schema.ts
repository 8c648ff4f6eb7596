import { z } from 'zod';
import { GENRES } from '../article/genres.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { ArticleReview, ReviewEdit, ReviewEntry, ReviewReport } from '../review.ts';
import { orList } from './_lib/or-list.ts';
import { relationSchema } from './events-schema.ts';
import type { Assert, Same } from './_lib/same-shape.ts';
import { REVIEW_JSON_VERSION } from './review-json.ts';
import type { ReviewDocument } from './review-json.ts';

const line = z.number().int().min(1).meta({ description: 'line in the file (1-based)' });
const column = z.number().int().min(1).meta({ description: 'column in the file (1-based)' });
const ruleId = z.string().min(1).meta({ description: 'id of a rule listed on /about/ (see `ruleCatalogue`)' });
const reason = z.string().min(1).meta({ description: 'why the rule decides as it does' });

const ruleReferenceSchema = z.object({ id: ruleId, reason }).meta({ description: 'a named rule and its reason' });

const diagnosticSchema = z
  .object({
    file: z.string().min(1).meta({ description: 'the file, as typed on the command line' }),
    line: line.optional(),
    column: column.optional(),
    ruleId: z.string().min(1).meta({ description: 'the check that failed, e.g. `date-invalid`' }),
    field: z.string().meta({ description: 'the frontmatter field concerned, e.g. `date`' }).optional(),
    reason: z.string().meta({ description: 'what is wrong and, in words, what was expected' }),
    expected: z.string().meta({ description: 'what the field should be' }).optional(),
    found: z.string().meta({ description: 'what the file contains instead' }).optional(),
    hint: z.string().meta({ description: 'how to fix it' }).optional(),
    fatal: z.boolean().meta({ description: '`true` for an error, `false` for a warning' }),
  })
  .meta({ description: 'one problem in one file' });

const headlineSchema = z
  .object({
    title: z.string().min(1).meta({ description: 'the title this telling made; the event may be titled by another telling' }),
    madeFrom: z.enum(['sentence', 'dated-noun', 'template', 'known-event']).meta({
      description:
        '`sentence` (its own words, rewritten by `rules`), `dated-noun` or `template` (fallbacks when the sentence gives no usable title), or `known-event` (the editors’ title)',
    }),
    rules: z.array(ruleReferenceSchema).meta({ description: 'the headline rules applied, in order' }),
  })
  .meta({ description: 'how the title of this telling was made' });

const outcomeSchema = z
  .union([
    z.object({
      eventId: z.string().min(1).meta({ description: 'the event it is a source of (its page is `/events/<eventId>/`)' }),
      eventTitle: z.string().min(1).meta({ description: 'the event’s title' }),
      headline: headlineSchema,
      joinedBy: ruleReferenceSchema
        .meta({ description: 'present when this telling joined an event another telling had started: the merge rule that joined it' })
        .optional(),
      eventDate: z
        .object({ value: z.string().min(1), rule: ruleId, reason })
        .meta({ description: 'present when the event keeps another date than this telling gives: that date and the rule that chose it' })
        .optional(),
      coding: z
        .object({
          relation: relationSchema.nullable().meta({ description: 'this telling’s PLOVER coding, as in `events.json`; `null` when it is no interaction between two political actors' }),
          rules: z.array(ruleReferenceSchema).meta({ description: 'the relation rules that decided it: the type rule (or the null rule), then the side rule' }),
        })
        .meta({ description: 'how this telling was coded in PLOVER’s terms; the event keeps one telling’s coding (`merged-relation`)' }),
    }),
    z.object({ rejectedBy: ruleId, reason, detail: z.string().optional() }),
  ])
  .meta({ description: 'the event it became, or the rule that kept it off the timeline' });

const SOURCES = ['date', 'derived', 'known-event', 'news-week'] as const;

const entrySchema = z
  .object({
    file: z.string().min(1),
    line,
    column,
    source: z.enum(SOURCES).meta({
      description:
        '`date` (a date the text states), `derived` (counted from one), `known-event` (named without a date) or `news-week` (an undated happening of the news)',
    }),
    text: z.string().meta({ description: 'what the text wrote; empty for an undated happening of the news' }),
    value: z.string().meta({ description: 'the date as read: a TIMEX3 value' }),
    dateRule: ruleReferenceSchema.meta({ description: 'the rule that placed the date beyond reading its words' }).optional(),
    outcome: outcomeSchema,
  })
  .meta({ description: 'a date the article states, or an event read without one' });

const editSchema = z
  .object({
    file: z.string().min(1),
    line,
    column,
    action: z.enum(['added', 'corrected', 'dropped']).meta({ description: 'what the item of `events:` did to the event' }),
    fields: z.array(z.string().min(1)).meta({ description: 'the keys the item set (for an addition, those of `add`)' }),
    eventId: z.string().meta({ description: 'the event on the timeline; for a drop, the id the event had as read (from its date and title)' }),
    eventTitle: z.string().meta({ description: 'the event’s title on the timeline; for a drop, its title as read' }),
    reason: z.string().meta({ description: 'the editor’s `reason:`, when given' }).optional(),
  })
  .meta({ description: 'what one item of the article’s `events:` frontmatter did, where it is written' });

const publishedSchema = z
  .discriminatedUnion('from', [
    z.object({ from: z.literal('frontmatter'), value: z.string().min(1) }),
    z.object({ from: z.literal('page'), value: z.string().min(1), line, column, text: z.string().meta({ description: 'the page’s publication line' }) }),
    z.object({ from: z.literal('none') }),
  ])
  .meta({ description: 'the publication date and where it came from: `frontmatter`, the `page`’s own line, or `none`' });

const articleReviewSchema = z
  .object({
    file: z.string().min(1),
    articleId: z.string().min(1),
    title: z.string(),
    genre: z
      .object({ genre: z.enum(GENRES).meta({ description: orList(GENRES) }), reading: z.enum(['news', 'narrative']), rule: ruleId, reason })
      .meta({ description: 'the genre the article was read as, its reading of dates, and the rule that decided it' }),
    published: publishedSchema,
    speaker: z
      .object({ name: z.string().min(1), rule: z.object({ id: ruleId, reason }) })
      .meta({ description: 'who says “I” and “we” in the text, and the rule that says so; absent when nothing names a speaker' })
      .optional(),
    entries: z.array(entrySchema).meta({ description: 'every date it states and every event read without one, in the order of the text' }),
    edits: z
      .array(editSchema)
      .meta({ description: 'what each item of its `events:` frontmatter added, corrected or dropped, in the order written; absent when it has none' })
      .optional(),
  })
  .meta({ description: 'everything the timeline decided about one article' });

const count = z.number().int().min(0);

const reviewReportSchema = z.object({
  articles: z.array(articleReviewSchema),
  totals: z.object({ dates: count, onTimeline: count, skipped: count, events: count }).meta({ description: 'what the last line of the text report counts' }),
});

export const reviewDocumentSchema = z
  .object({
    version: z.literal(REVIEW_JSON_VERSION).meta({ description: 'format version; it changes only when a field changes meaning' }),
    summary: z.object({ articles: count, errors: count, warnings: count }),
    diagnostics: z.array(diagnosticSchema),
    review: reviewReportSchema.meta({ description: 'with `--events`, when no file has an error' }).optional(),
  })
  .meta({ title: 'Entente check --json', description: 'What `entente check` reports, as data.' });

/** Changing a field of the review types without updating the schema fails `tsc`. */
export type SchemaMatchesReview = [
  Assert<Same<z.infer<typeof diagnosticSchema>, Diagnostic>>,
  Assert<Same<z.infer<typeof entrySchema>, ReviewEntry>>,
  Assert<Same<z.infer<typeof editSchema>, ReviewEdit>>,
  Assert<Same<z.infer<typeof articleReviewSchema>, ArticleReview>>,
  Assert<Same<z.infer<typeof reviewReportSchema>, ReviewReport>>,
  Assert<Same<z.infer<typeof reviewDocumentSchema>, ReviewDocument>>,
];

/**
 * The JSON Schema (draft 2020-12) of `entente check --json`, generated from the zod schema above
 * so the published contract is the one the code is checked against.
 *
 * @example
 * reviewJsonSchema().$id //=> 'urn:entente:review-schema:v1'
 */
export function reviewJsonSchema(): z.core.JSONSchema.JSONSchema & { $id: string } {
  const { $schema, ...rest } = z.toJSONSchema(reviewDocumentSchema, { target: 'draft-2020-12', io: 'output' });
  return { $schema, $id: `urn:entente:review-schema:v${REVIEW_JSON_VERSION}`, ...rest };
}
