import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import { parseCsv } from '../../src/lib/export/_lib/parse-csv.ts';
import type { EventsDocument, TimelineJsDocument } from '../../src/lib/index.ts';

/** Exports are fetched with relative URLs, so the same tests run at `/` and under `/timeline/`. */
async function fetchText(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

async function seedDocument(request: APIRequestContext): Promise<EventsDocument> {
  return JSON.parse(await fetchText(request, 'events.json')) as EventsDocument;
}

test('events.json validates against the served events.schema.json', async ({ request }) => {
  const schema = JSON.parse(await fetchText(request, 'events.schema.json')) as { $schema?: string };
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  // Ajv leaves formats to the ajv-formats plugin; `uri` is the only one the schema uses.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  const validate = ajv.compile(schema);
  const document = await seedDocument(request);
  expect(document.events.length).toBeGreaterThan(0);
  expect(validate(document), JSON.stringify(validate.errors, null, 1)).toBe(true);
});

test('events.ics parses as a calendar with an all-day VEVENT for every day-precision event', async ({ request }) => {
  const ics = await fetchText(request, 'events.ics');
  expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/u);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  const vevents = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const days = (await seedDocument(request)).events.filter(
    (event) => event.date.precision === 'day' && (event.date.endPrecision === undefined || event.date.endPrecision === 'day'),
  );
  expect(days.length).toBeGreaterThan(0);
  for (const day of days) {
    const vevent = vevents.find((candidate) => candidate.uid.startsWith(`${day.id}@`));
    expect(vevent, day.id).toBeDefined();
    expect(vevent!.startDate.isDate).toBe(true);
    expect(vevent!.startDate.toString()).toBe(day.date.value.slice(0, 10));
    // The day after the last day: the event's own, or its end's when it lasts several days.
    const next = ICAL.Time.fromDateString((day.date.endPrecision === 'day' ? day.date.end! : day.date.value).slice(0, 10));
    next.adjust(1, 0, 0, 0);
    expect(vevent!.endDate.toString()).toBe(next.toString());
    expect(vevent!.summary).toBe(day.title);
  }
});

test('events.ics is served with CRLF lines of at most 75 octets and a DTSTAMP derived from the content', async ({ request }) => {
  const ics = await fetchText(request, 'events.ics');
  const lines = ics.split('\r\n');
  expect(Math.max(...lines.map((line) => new TextEncoder().encode(line).length))).toBeLessThanOrEqual(75);
  // Midnight UTC of a publication date, never the build's clock, so rebuilds are byte-identical.
  expect(lines.filter((line) => line.startsWith('DTSTAMP:')).every((line) => /^DTSTAMP:\d{8}T000000Z$/u.test(line))).toBe(true);
});

test('timeline.json has every field TimelineJS needs for each event', async ({ request }) => {
  const timeline = JSON.parse(await fetchText(request, 'timeline.json')) as TimelineJsDocument;
  const { events } = await seedDocument(request);
  expect(timeline.events).toHaveLength(events.length);
  for (const slide of timeline.events) {
    expect(Number.isInteger(slide.start_date.year), slide.unique_id).toBe(true);
    expect(slide.text.headline.length, slide.unique_id).toBeGreaterThan(0);
    expect(typeof slide.text.text).toBe('string');
  }
  expect(new Set(timeline.events.map((slide) => slide.unique_id)).size).toBe(timeline.events.length);
});

test('timeline.json links to event pages that exist under the site’s base', async ({ request }) => {
  const timeline = JSON.parse(await fetchText(request, 'timeline.json')) as TimelineJsDocument;
  const href = /href="([^"]*\/events\/[^"]+)"/u.exec(timeline.events[0]?.text.text ?? '')?.[1];
  expect(href).toBeDefined();
  const response = await request.get(href!);
  expect(response.status(), href).toBe(200);
});

test('events.csv has the header and one row per event, with links under the site’s base', async ({ request, baseURL }) => {
  const rows = parseCsv(await fetchText(request, 'events.csv'));
  const { events } = await seedDocument(request);
  expect(rows[0]).toEqual([
    'id',
    'date',
    'precision',
    'end',
    'end_precision',
    'title',
    'summary',
    'type',
    'kind',
    'relation_type',
    'quad',
    'intensity',
    'relation_actor',
    'relation_recipient',
    'actors',
    'sources',
    'first_source',
    'url',
  ]);
  expect(rows).toHaveLength(events.length + 1);
  expect(rows.slice(1).map((row) => row[0])).toEqual(events.map((event) => event.id));
  // Absolute when the build knows its address (ENTENTE_SITE), site-relative otherwise.
  const url = new URL(rows[1]?.at(-1) ?? '', baseURL);
  expect(url.pathname.startsWith(new URL(baseURL ?? '/').pathname), url.href).toBe(true);
  expect((await request.get(url.href)).status(), url.href).toBe(200);
});
