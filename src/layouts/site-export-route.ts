import type { APIRoute } from 'astro';
import { sitePlace } from './paths.ts';
import { siteArticles, siteEvents } from './site.ts';
import { SITE_EXPORTS } from './site-exports.ts';
import { streamedResponse } from './streamed-response.ts';

/**
 * `/events.json`, `/events.csv`, `/events.ics` and `/timeline.json` in `astro dev`, one route each,
 * injected by src/integrations/site-exports.ts. A build writes them itself, straight to files.
 */
export const GET: APIRoute = async ({ url }) => {
  const file = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  const siteExport = SITE_EXPORTS.find((candidate) => candidate.file === file);
  if (siteExport === undefined) return new Response(null, { status: 404 });
  const data = { events: await siteEvents(), articles: await siteArticles() };
  return streamedResponse(siteExport.parts(data, sitePlace(import.meta.env.BASE_URL, import.meta.env.SITE)), siteExport.type);
};
