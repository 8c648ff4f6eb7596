import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
import { ruleCatalogue, ruleReasons } from './rules.ts';

/** Every rule the code decides by, wherever it is defined. */
const RULES = [
  ...GENRE_RULES,
  ...SPEAKER_RULES,
  ...EVENT_RULES,
  AFTER_PUBLICATION_RULE,
  REPORT_DATE_RULE,
  DROPPED_BY_EDITOR_RULE,
  DATE_SPAN_RULE,
  RESTATED_DATE_RULE,
  PAST_WEEKEND_RULE,
  PAST_WEEK_RULE,
  ...DERIVED_DATE_RULES,
  NAMED_AFTER_DATE_RULE,
  DATED_CIRCUMSTANCE_RULE,
  ...HEADLINE_RULES,
  DATED_NOUN_RULE,
  CLAUSE_TELLS_HAPPENING_RULE,
  TEMPLATE_RULE,
  CUT_BEFORE_OF_RULE,
  NO_HEADLINE_RULE,
  ...MERGE_RULES,
  MERGED_DATE_RULE,
  MERGED_RELATION_RULE,
  ...RELATION_TYPE_RULES,
  TYPE_FALLBACK_RULE,
  NO_ACTION_RULE,
  ...RELATION_SIDE_RULES,
  NO_COUNTERPART_RULE,
  RELATION_BY_EDITOR_RULE,
];

describe('ruleCatalogue', () => {
  const catalogued = ruleCatalogue().flatMap((family) => family.rules);

  it('returns every rule id used anywhere exactly once', () => {
    const ids = catalogued.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it('returns every rule the library defines, so a new rule cannot be left off /about/', () => {
    // A rule is an object with an id and, next, its reason, wherever it is written.
    const defined = globSync('src/lib/**/*.ts')
      .filter((file) => !file.endsWith('.test.ts'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bid: '([\w-]+)',\s*reason:/gu)].map(([, id]) => id));
    expect(defined.length).toBeGreaterThan(0);
    expect(catalogued.map((rule) => rule.id)).toEqual(expect.arrayContaining(defined));
  });

  it('returns each rule with its own reason', () => {
    for (const rule of RULES) expect(catalogued.find((entry) => entry.id === rule.id)?.reason).toBe(rule.reason);
  });

  it('returns the families in the order the pipeline applies them, each described', () => {
    const families = ruleCatalogue();
    expect(families.map((family) => family.id)).toEqual(['genre', 'event', 'date', 'headline', 'merge', 'relation']);
    for (const family of families) expect(family.description).not.toBe('');
  });
});

describe('ruleReasons', () => {
  it('returns the reason of any catalogued rule by its id', () => {
    expect(ruleReasons().get('not-a-calendar-date')).toBe(EVENT_RULES.find((rule) => rule.id === 'not-a-calendar-date')?.reason);
    expect(ruleReasons().get('merged-date')).toBe(MERGED_DATE_RULE.reason);
  });
});
