import type { APIRoute } from 'astro';
import { sitePath, siteUrl } from '../layouts/paths.ts';

/** Everything may be crawled; the sitemap is named when the site's address is known. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `Sitemap: ${siteUrl(sitePath('sitemap-index.xml'))}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
