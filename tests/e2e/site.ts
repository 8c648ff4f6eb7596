/**
 * What the end-to-end tests know about the site under test: its seed events (read from the
 * served events.json, so ids are never hard-coded) and one page of every type.
 */
import { expect } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import type { EventsDocument, TimelineEvent } from '../../src/lib/index.ts';

/** The address the site was built for (ENTENTE_SITE), when it was set. */
export const BUILT_SITE = process.env.ENTENTE_SITE || undefined;

export async function seedEvents(request: APIRequestContext): Promise<TimelineEvent[]> {
  const response = await request.get('events.json');
  expect(response.status()).toBe(200);
  return ((await response.json()) as EventsDocument).events;
}

/** The seed's news: Lammy meets Wang Yi at the Diaoyutai State Guesthouse on 18 October 2024. */
export function lammyMeeting(events: readonly TimelineEvent[]): TimelineEvent {
  const meeting = events.find((event) => event.date.value === '2024-10-18' && /Lammy.*Wang/u.test(event.title));
  expect(meeting, 'the Lammy–Wang meeting is an event').toBeDefined();
  return meeting!;
}

export interface PageType {
  name: string;
  /**
   * Relative to the site's base, so the same tests run at `/` and under `/timeline/`. The event
   * page's path depends on the built events, so it is looked up by `openPath` when a test runs.
   */
  path: string | ((request: APIRequestContext) => Promise<string>);
  heading: string | RegExp | ((request: APIRequestContext) => Promise<string>);
}

/**
 * One page of every type the site builds, the 404 page included. Known before any test runs, so
 * each spec declares one test per page type, each with its own time budget.
 */
export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: './', heading: 'Timeline' },
  {
    name: 'event',
    path: async (request) => `events/${lammyMeeting(await seedEvents(request)).id}/`,
    heading: async (request) => lammyMeeting(await seedEvents(request)).title,
  },
  { name: 'year', path: 'years/2024/', heading: '2024' },
  { name: 'actor', path: 'actors/wang-yi/', heading: 'Wang Yi' },
  { name: 'type', path: 'types/meeting/', heading: 'Type: Meeting' },
  { name: 'kind', path: 'kinds/background/', heading: 'Background events' },
  { name: 'quad class', path: 'quads/verbal-cooperation/', heading: 'Quad class: Verbal cooperation' },
  { name: 'PLOVER type', path: 'plover/consult/', heading: 'PLOVER type: Consult' },
  { name: 'relations', path: 'relations/', heading: 'Relationships' },
  { name: 'relation', path: 'relations/china--united-kingdom/', heading: 'China and United Kingdom' },
  { name: 'relation filter', path: 'relations/china--united-kingdom/verbal-cooperation/', heading: 'China and United Kingdom: Verbal cooperation' },
  { name: 'article', path: 'articles/lammy-beijing-visit/', heading: /Lammy urges/u },
  { name: 'articles', path: 'articles/', heading: 'Articles' },
  { name: 'actors', path: 'actors/', heading: 'Actors and types' },
  { name: 'about', path: 'about/', heading: 'How this timeline is made' },
  { name: 'search', path: 'search/', heading: 'Search' },
  { name: 'not found', path: 'no/such/page/', heading: 'Page not found' },
];

/** The path of a page type on the site under test. */
export async function pathOf(pageType: PageType, request: APIRequestContext): Promise<string> {
  return typeof pageType.path === 'function' ? pageType.path(request) : pageType.path;
}

/** The level-one heading a page type shows on the site under test. */
export async function headingOf(pageType: PageType, request: APIRequestContext): Promise<string | RegExp> {
  return typeof pageType.heading === 'function' ? pageType.heading(request) : pageType.heading;
}
