import type { APIRoute } from 'astro';
import { absoluteRoot, sitePath } from '../layouts/paths.ts';
import { SITE_NAME, siteEvents } from '../layouts/site.ts';
import { streamedResponse } from '../layouts/streamed-response.ts';
import { jsonFileParts, timelineJsDocument } from '../lib/index.ts';

/** `/timeline.json`: the events in TimelineJS3's JSON format, for a TimelineJS embed. */
export const GET: APIRoute = async () => {
  const document = timelineJsDocument(await siteEvents(), {
    siteUrl: absoluteRoot() ?? sitePath('/'),
    title: SITE_NAME,
    description: 'A diplomatic timeline read from news articles; every event links to the sentence it came from.',
  });
  return streamedResponse(jsonFileParts(document, 'events'), 'application/json; charset=utf-8');
};
