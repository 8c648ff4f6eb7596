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
  /** Relative to the site's base, so the same tests run at `/` and under `/timeline/`. */
  path: string;
  heading: string | RegExp;
}

/** One page of every type the site builds, the 404 page included. */
export async function pageTypes(request: APIRequestContext): Promise<PageType[]> {
  const meeting = lammyMeeting(await seedEvents(request));
  return [
    { name: 'home', path: './', heading: 'Timeline' },
    { name: 'event', path: `events/${meeting.id}/`, heading: meeting.title },
    { name: 'year', path: 'years/2024/', heading: '2024' },
    { name: 'actor', path: 'actors/wang-yi/', heading: 'Wang Yi' },
    { name: 'type', path: 'types/meeting/', heading: 'Type: Meeting' },
    { name: 'kind', path: 'kinds/background/', heading: 'Background events' },
    { name: 'article', path: 'articles/lammy-beijing-visit/', heading: /Lammy urges/u },
    { name: 'articles', path: 'articles/', heading: 'Articles' },
    { name: 'actors', path: 'actors/', heading: 'Actors and types' },
    { name: 'about', path: 'about/', heading: 'How this timeline is made' },
    { name: 'search', path: 'search/', heading: 'Search' },
    { name: 'not found', path: 'no/such/page/', heading: 'Page not found' },
  ];
}
