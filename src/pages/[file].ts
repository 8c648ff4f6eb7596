import type { APIRoute, GetStaticPaths } from 'astro';
import { isBuilding } from '../layouts/build-mode.ts';
import { absoluteRoot, sitePath } from '../layouts/paths.ts';
import { siteArticles, siteEvents } from '../layouts/site.ts';
import { SITE_EXPORTS } from '../layouts/site-exports.ts';
import type { SiteExport } from '../layouts/site-exports.ts';
import { streamedResponse } from '../layouts/streamed-response.ts';

/**
 * `/events.json`, `/events.csv`, `/events.ics` and `/timeline.json` in `astro dev`. A build writes
 * them itself, straight to files (src/integrations/site-exports.ts), so here it has no page.
 */
export const getStaticPaths = (() =>
  isBuilding() ? [] : SITE_EXPORTS.map((siteExport) => ({ params: { file: siteExport.file }, props: { siteExport } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ siteExport: SiteExport }> = async ({ props: { siteExport } }) => {
  const data = { events: await siteEvents(), articles: await siteArticles() };
  return streamedResponse(siteExport.parts(data, { root: sitePath('/'), absoluteRoot: absoluteRoot() }), siteExport.type);
};
