import type { APIRoute } from 'astro';
import { absoluteRoot, sitePath } from '../layouts/paths.ts';
import { siteEvents } from '../layouts/site.ts';
import { eventsCsv } from '../lib/index.ts';

/** `/events.csv`: one row per event, links absolute when the site's address is known. */
export const GET: APIRoute = async () =>
  new Response(eventsCsv(await siteEvents(), { siteUrl: absoluteRoot() ?? sitePath('/') }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
