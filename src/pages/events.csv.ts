import type { APIRoute } from 'astro';
import { absoluteRoot, sitePath } from '../layouts/paths.ts';
import { siteEvents } from '../layouts/site.ts';
import { streamedResponse } from '../layouts/streamed-response.ts';
import { eventsCsvParts } from '../lib/index.ts';

/** `/events.csv`: one row per event, links absolute when the site's address is known. */
export const GET: APIRoute = async () => streamedResponse(eventsCsvParts(await siteEvents(), { siteUrl: absoluteRoot() ?? sitePath('/') }), 'text/csv; charset=utf-8');
