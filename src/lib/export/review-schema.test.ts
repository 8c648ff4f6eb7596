import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { reviewReport } from '../review.ts';
import { readContent } from '../site-data.ts';
import { reviewDocument } from './review-json.ts';
import { reviewJsonSchema } from './review-schema.ts';

const validate = new Ajv2020({ strict: true, allErrors: true }).compile(reviewJsonSchema());
const review = reviewReport(await readContent('tests/fixtures/timeline'));

describe('reviewJsonSchema', () => {
  it('returns a schema that accepts the report of the fixture articles, with problems beside it', () => {
    const document = JSON.parse(JSON.stringify(reviewDocument(11, [{ file: 'a.md', line: 3, column: 7, ruleId: 'x', reason: 'r', fatal: false }], review))) as unknown;
    expect(validate(document), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('returns a schema that rejects an entry with neither an event nor a rule, a stray field and another version', () => {
    const [article] = review.articles;
    const [entry] = article?.entries ?? [];
    const broken = (change: object) => reviewDocument(1, [], { ...review, articles: [{ ...article!, entries: [{ ...entry!, ...change }] }] });
    expect(validate(broken({ outcome: { eventId: 'x' } }))).toBe(false);
    expect(validate(broken({ colour: 'red' }))).toBe(false);
    expect(validate({ ...reviewDocument(0, []), version: 2 })).toBe(false);
    expect(validate(reviewDocument(0, []))).toBe(true);
  });
});
