import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { TimelineEvent } from '../events/model.ts';
import { buildSiteData } from '../site-data.ts';
import { eventsDocument } from './events-json.ts';
import { eventsDocumentSchema, eventsJsonSchema, timelineEventSchema } from './events-schema.ts';
import { sampleEvent } from './_lib/sample-event.ts';

/** A strict draft 2020-12 validator, as a consumer of `/events.schema.json` would set one up. */
function validator(schema: object) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  // Ajv leaves formats to the ajv-formats plugin; `uri` is the only one the schema uses.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  return ajv.compile(schema);
}

/** `| `field` | meaning |` rows of the README's `events.json` table. */
function readmeFields(): Map<string, string> {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## `events.json`'));
  const rows = [...section.matchAll(/^\| `([\w.]+)` \| (.+) \|$/gmu)];
  return new Map(rows.map(([, field = '', meaning = '']) => [field, meaning]));
}

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** The description of `path` (`date.value`) inside one event of the JSON Schema. */
function eventFieldDescription(schema: SchemaNode, path: string): string | undefined {
  const event = schema.properties?.events?.items;
  return path.split('.').reduce<SchemaNode | undefined>((node, key) => node?.properties?.[key], event)?.description;
}

describe('eventsJsonSchema', () => {
  it('returns a schema that accepts the events.json built from the seed', async () => {
    const { events } = await buildSiteData('content');
    const validate = validator(eventsJsonSchema());
    const document = JSON.parse(JSON.stringify(eventsDocument(events))) as unknown;
    expect(validate(document), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('returns a schema that rejects a precision outside the vocabulary', () => {
    const validate = validator(eventsJsonSchema());
    const broken = { version: 1, events: [{ ...sampleEvent(), date: { value: '2024-10-18', precision: 'fortnight' } }] };
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain('/events/0/date/precision');
  });

  it('returns a schema that rejects a missing title, an unknown type, a stray field and another version', () => {
    const validate = validator(eventsJsonSchema());
    const { title: _title, ...untitled } = sampleEvent();
    expect(validate({ version: 1, events: [untitled] })).toBe(false);
    expect(validate({ version: 1, events: [{ ...sampleEvent(), type: 'party' }] })).toBe(false);
    expect(validate({ version: 1, events: [{ ...sampleEvent(), colour: 'red' }] })).toBe(false);
    expect(validate({ version: 2, events: [sampleEvent()] })).toBe(false);
  });

  it('returns a schema that rejects a date value with no calendar place', () => {
    const validate = validator(eventsJsonSchema());
    expect(validate({ version: 1, events: [sampleEvent({ date: { value: 'PRESENT_REF', precision: 'day' } })] })).toBe(false);
    expect(validate({ version: 1, events: [sampleEvent({ date: { value: '199X', precision: 'decade', mod: 'START' } })] })).toBe(true);
  });

  it('returns a schema that accepts an event that lasts, with its end and the end’s precision', () => {
    const validate = validator(eventsJsonSchema());
    const range = sampleEvent({ date: { value: '1972-02-21', precision: 'day', end: '1972-02-28', endPrecision: 'day' } });
    const document = JSON.parse(JSON.stringify(eventsDocument([range]))) as { events: Array<{ date: unknown }> };
    expect(validate(document), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(document.events[0]?.date).toEqual({ value: '1972-02-21', precision: 'day', end: '1972-02-28', endPrecision: 'day' });
  });

  it('returns a schema that rejects an end without its precision, a precision without an end, and an end with no calendar place', () => {
    const validate = validator(eventsJsonSchema());
    const withDate = (date: object) => ({ version: 1, events: [{ ...sampleEvent(), date: { value: '2011', precision: 'year', ...date } }] });
    expect(validate(withDate({ end: '2012' }))).toBe(false);
    expect(validate(withDate({ endPrecision: 'year' }))).toBe(false);
    expect(validate(withDate({ end: 'PRESENT_REF', endPrecision: 'year' }))).toBe(false);
    expect(validate(withDate({ end: '2012', endPrecision: 'decade-ish' }))).toBe(false);
  });

  it('returns draft 2020-12 with a title and the served address as $id when the site is known', () => {
    const schema = eventsJsonSchema({ siteUrl: 'https://example.org/timeline/' });
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://example.org/timeline/events.schema.json');
    expect(schema.title).toBe('Entente events.json');
  });

  it('returns descriptions that match the README’s events.json table', () => {
    const fields = readmeFields();
    expect([...fields.keys()]).toEqual(expect.arrayContaining(['id', 'date.value', 'date.end', 'date.endPrecision', 'title', 'sources', 'datesDisagree']));
    const schema = eventsJsonSchema();
    for (const [field, meaning] of fields) expect(eventFieldDescription(schema as SchemaNode, field), field).toBe(meaning);
  });

  describe('edge cases', () => {
    it('returns a URN as $id when the site’s address is unknown or only a path', () => {
      expect(eventsJsonSchema().$id).toBe('urn:entente:events-schema:v1');
      expect(eventsJsonSchema({ siteUrl: '/timeline/' }).$id).toBe('urn:entente:events-schema:v1');
    });

    it('returns the same schema on every call', () => {
      expect(JSON.stringify(eventsJsonSchema())).toBe(JSON.stringify(eventsJsonSchema()));
    });
  });
});

describe('eventsDocumentSchema', () => {
  it('returns the seed document unchanged when it parses it', async () => {
    const document = eventsDocument((await buildSiteData('content')).events);
    expect(eventsDocumentSchema.parse(document)).toEqual(document);
  });

  it('returns an error on endPrecision when a date has an end without it', () => {
    const date = { value: '2011', precision: 'year', end: '2012' };
    const result = eventsDocumentSchema.safeParse({ version: 1, events: [{ ...sampleEvent(), date }] });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['events.0.date.endPrecision']);
  });

  it('infers the same type as the event model', () => {
    expectTypeOf<z.infer<typeof timelineEventSchema>>().toEqualTypeOf<TimelineEvent>();
  });
});
