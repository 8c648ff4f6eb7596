/**
 * Every rule the timeline decides by, family by family, as /about/ lists them and
 * `entente check --events` explains its findings: one catalogue, read from the rules themselves.
 */
import { GENRE_RULES } from './article/genre.ts';
import { SPEAKER_RULES } from './article/implied-speaker.ts';
import { REPORT_DATE_RULE } from './events/analyse.ts';
import { DATE_SPAN_RULE, RESTATED_DATE_RULE } from './events/date-span.ts';
import { DERIVED_DATE_RULES } from './events/derived-dates.ts';
import { EVENT_RULES } from './events/event-rules.ts';
import { CLAUSE_TELLS_HAPPENING_RULE, CUT_BEFORE_OF_RULE, DATED_CIRCUMSTANCE_RULE, NAMED_AFTER_DATE_RULE, DATED_NOUN_RULE, HEADLINE_RULES, NO_HEADLINE_RULE, TEMPLATE_RULE } from './events/headline-rules.ts';
import { MERGED_DATE_RULE, MERGED_RELATION_RULE, MERGE_RULES } from './events/merge-rules.ts';
import { PAST_WEEKEND_RULE } from './events/narrative-date.ts';
import { DROPPED_BY_EDITOR_RULE, RELATION_BY_EDITOR_RULE } from './events/overrides.ts';
import { NO_ACTION_RULE, NO_COUNTERPART_RULE, RELATION_SIDE_RULES, RELATION_TYPE_RULES, TYPE_FALLBACK_RULE } from './events/relation-rules.ts';
import { AFTER_PUBLICATION_RULE, PAST_WEEK_RULE } from './events/publication-bound.ts';

/** A rule as readers see it: its id and why it decides as it does. */
export interface RuleEntry {
  id: string;
  reason: string;
}

/** One kind of decision and the rules that make it, in the order they are tried. */
export interface RuleFamily {
  id: 'genre' | 'event' | 'date' | 'headline' | 'merge' | 'relation';
  /** What the family decides, as a heading. */
  title: string;
  /** How its rules are applied. */
  description: string;
  rules: RuleEntry[];
}

const entries = (rules: ReadonlyArray<{ id: string; reason: string }>): RuleEntry[] => rules.map(({ id, reason }) => ({ id, reason }));

/**
 * Every rule family with its rules; each rule id appears exactly once.
 *
 * @example
 * ruleCatalogue().map((family) => family.id) //=> ['genre', 'event', 'date', 'headline', 'merge', 'relation']
 * ruleCatalogue()[0].rules[0] //=> { id: 'genre-frontmatter', reason: 'the frontmatter says which genre the article is (`genre:`)' }
 */
export function ruleCatalogue(): RuleFamily[] {
  return [
    {
      id: 'genre',
      title: 'How an article is read',
      description:
        'The first genre rule that applies decides the genre, and so whether its dates count from the publication date or from the narrative; the first speaker rule that applies says who "I" and "we" are.',
      rules: entries([...GENRE_RULES, ...SPEAKER_RULES]),
    },
    {
      id: 'event',
      title: 'Which dated sentences become events',
      description:
        'A dated sentence becomes an event unless one of these rules keeps it off the timeline, tried in this order; a sentence no title can be made from is skipped too (no-headline, under titles), and so is one whose event an editor dropped (dropped-by-editor).',
      rules: entries([...EVENT_RULES, AFTER_PUBLICATION_RULE, REPORT_DATE_RULE, DROPPED_BY_EDITOR_RULE]),
    },
    {
      id: 'date',
      title: 'How dates are joined and counted',
      description:
        'Two dates that start and end one happening become one dated span, and a relative date restated in words is one date; a weekend is placed as its week, and a week told in the past ends at publication; a date counted from another is placed by arithmetic, never guessed.',
      rules: entries([DATE_SPAN_RULE, RESTATED_DATE_RULE, PAST_WEEKEND_RULE, PAST_WEEK_RULE, ...DERIVED_DATE_RULES]),
    },
    {
      id: 'headline',
      title: 'How a title is made',
      description:
        'The dated clause, in the present tense (or the happening of a circumstance the date is written after), is rewritten by every rule that applies; a title that is still unusable gives way to the happening its date is written after, then to a template, then to a cut before "of", and when those fail too the sentence is skipped.',
      rules: entries([NAMED_AFTER_DATE_RULE, DATED_CIRCUMSTANCE_RULE, ...HEADLINE_RULES, DATED_NOUN_RULE, CLAUSE_TELLS_HAPPENING_RULE, TEMPLATE_RULE, CUT_BEFORE_OF_RULE, NO_HEADLINE_RULE]),
    },
    {
      id: 'merge',
      title: 'When two tellings are one event',
      description:
        'A telling joins the first event a rule says it is the same happening as; the first rule that decides wins, and two tellings no rule joins stay two events. The last rules say which date and which relation a merged event keeps.',
      rules: entries([...MERGE_RULES, MERGED_DATE_RULE, MERGED_RELATION_RULE]),
    },
    {
      id: 'relation',
      title: 'How an event is coded (PLOVER)',
      description:
        'Each event is coded as an interaction between two political actors in the terms of PLOVER (Open Event Data Alliance, CC BY-SA 4.0): the first rule whose words the title, else the sentence, has gives the type (or says there is no interaction), else the kind of happening does; then the side rules find who acted on whom. The intensity is the Goldstein weight of the CAMEO code the rule stands for. An editor’s `relation:` overrides all.',
      rules: entries([...RELATION_TYPE_RULES, TYPE_FALLBACK_RULE, NO_ACTION_RULE, ...RELATION_SIDE_RULES, NO_COUNTERPART_RULE, RELATION_BY_EDITOR_RULE]),
    },
  ];
}

/**
 * The reason of every rule in the catalogue, by id.
 *
 * @example
 * ruleReasons().get('century') //=> 'a century ("the 21st century") is an age, not the date of a happening a timeline can place'
 */
export function ruleReasons(): Map<string, string> {
  return new Map(ruleCatalogue().flatMap((family) => family.rules.map((rule) => [rule.id, rule.reason] as const)));
}
