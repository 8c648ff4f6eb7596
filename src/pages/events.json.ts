import type { APIRoute } from 'astro';
import { siteEvents } from '../layouts/site.ts';
import { streamedResponse } from '../layouts/streamed-response.ts';
import { eventsDocument, jsonFileParts } from '../lib/index.ts';

/** `/events.json`: every event, in chronological order. */
export const GET: APIRoute = async () => streamedResponse(jsonFileParts(eventsDocument(await siteEvents()), 'events'), 'application/json; charset=utf-8');
