/**
 * The site's large exports (src/layouts/site-exports.ts): written straight to files once a build's
 * pages are written, as Astro would hold a route's whole body in memory three times over; served in
 * `astro dev` by a route of their own (src/layouts/site-export-route.ts), which this integration
 * adds for `astro dev` only.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { batchedParts } from '../lib/export/batched-parts.ts';
import { SITE_EXPORTS } from '../layouts/site-exports.ts';
import type { SitePlace } from '../layouts/site-exports.ts';
import { shownReading } from '../loaders/readings.ts';

/**
 * The integration. In the config it comes after keptOutput(), whose end of a build deletes the files
 * a route of the last build wrote and this one did not: these exports, in the first build after
 * they stopped being routes.
 */
export function siteExports(): AstroIntegration {
  let place: SitePlace | undefined;
  return {
    name: 'entente-exports',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        const entrypoint = new URL('../layouts/site-export-route.ts', import.meta.url);
        for (const siteExport of SITE_EXPORTS) injectRoute({ pattern: `/${siteExport.file}`, entrypoint });
      },
      'astro:config:done': ({ config }) => {
        // As src/layouts/paths.ts reads them in the pages: `base` is their BASE_URL, `site` their SITE.
        const root = config.base.replace(/\/?$/u, '/');
        place = { root, absoluteRoot: config.site === undefined ? undefined : new URL(root, config.site).href };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const data = shownReading(undefined);
        if (data === undefined || place === undefined) throw new Error('Entente: the site is built, but the content loader has read nothing in this process');
        const site = fileURLToPath(dir);
        for (const siteExport of SITE_EXPORTS) await writeFile(join(site, siteExport.file), batchedParts(siteExport.parts(data, place)));
        logger.info(`exports: ${SITE_EXPORTS.map((siteExport) => siteExport.file).join(', ')}`);
      },
    },
  };
}
