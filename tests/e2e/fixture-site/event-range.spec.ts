import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import ICAL from 'ical.js';
import { parseCsv } from '../../../src/lib/export/_lib/parse-csv.ts';
import type { EventsDocument, TimelineEvent, TimelineJsDocument } from '../../../src/lib/index.ts';

test.use({ javaScriptEnabled: false });

/** The editors' known event `tests/fixtures/timeline/events/queen-state-visit-to-china.md`: 12 to 18 October 1986. */
const START = '1986-10-12';
const END = '1986-10-18';

async function fetchText(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

/** The state visit as events.json gives it, so its id is never hard-coded. */
async function stateVisit(request: APIRequestContext): Promise<TimelineEvent> {
  const { events } = JSON.parse(await fetchText(request, 'events.json')) as EventsDocument;
  const visit = events.find((event) => event.date.value === START && event.type === 'visit');
  expect(visit, 'the Queen’s state visit is an event').toBeDefined();
  return visit!;
}

test('events.json gives the state visit its end and the end’s precision', async ({ request }) => {
  expect((await stateVisit(request)).date).toEqual({ value: START, precision: 'day', end: END, endPrecision: 'day' });
});

test('the event page shows the state visit as a range with a <time> for each end', async ({ page, request }) => {
  const visit = await stateVisit(request);
  await page.goto(`events/${visit.id}/`);
  const date = page.locator('.event-meta .event-date');
  await expect(date).toHaveText('12–18 Oct 1986');
  const times = date.locator('time');
  await expect(times).toHaveCount(2);
  await expect(times.nth(0)).toHaveAttribute('datetime', START);
  await expect(times.nth(1)).toHaveAttribute('datetime', END);
});

test('events.ics spans the state visit to the day after its end', async ({ request }) => {
  const visit = await stateVisit(request);
  const calendar = new ICAL.Component(ICAL.parse(await fetchText(request, 'events.ics')));
  const vevent = calendar
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component))
    .find((event) => event.uid.startsWith(`${visit.id}@`));
  expect(vevent, visit.id).toBeDefined();
  expect(vevent!.startDate.isDate && vevent!.endDate.isDate).toBe(true);
  // DTEND of an all-day span is exclusive (RFC 5545 §3.6.1).
  expect([vevent!.startDate.toString(), vevent!.endDate.toString()]).toEqual([START, '1986-10-19']);
});

test('events.csv gives the state visit’s end and its precision', async ({ request }) => {
  const visit = await stateVisit(request);
  const [header = [], ...rows] = parseCsv(await fetchText(request, 'events.csv'));
  const row = rows.find((cells) => cells[header.indexOf('id')] === visit.id);
  expect(row, visit.id).toBeDefined();
  expect([row![header.indexOf('date')], row![header.indexOf('end')], row![header.indexOf('end_precision')]]).toEqual([START, END, 'day']);
});

test('timeline.json gives the state visit an end_date', async ({ request }) => {
  const visit = await stateVisit(request);
  const timeline = JSON.parse(await fetchText(request, 'timeline.json')) as TimelineJsDocument;
  const slide = timeline.events.find((each) => each.unique_id === visit.id);
  expect(slide?.start_date).toEqual({ year: 1986, month: 10, day: 12 });
  expect(slide?.end_date).toEqual({ year: 1986, month: 10, day: 18 });
});
