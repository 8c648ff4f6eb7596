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
import { sitePlace } from '../layouts/paths.ts';
import type { SitePlace } from '../layouts/paths.ts';
import { shownReading } from '../loaders/readings.ts';

/**
 * The list of exports, loaded when a hook needs it: it loads most of the library (1.5 s), which
 * every Astro command (`astro check`, `astro sync`…) would otherwise pay for with its config.
 */
const siteExportList = async () => (await import('../layouts/site-exports.ts')).SITE_EXPORTS;

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
      'astro:config:setup': async ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        const entrypoint = new URL('../layouts/site-export-route.ts', import.meta.url);
        for (const siteExport of await siteExportList()) injectRoute({ pattern: `/${siteExport.file}`, entrypoint });
      },
      'astro:config:done': ({ config }) => {
        // The pages' BASE_URL and SITE are these.
        place = sitePlace(config.base, config.site);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const data = shownReading(undefined);
        if (data === undefined || place === undefined) throw new Error('Entente: the site is built, but the content loader has read nothing in this process');
        const site = fileURLToPath(dir);
        const siteExports = await siteExportList();
        for (const siteExport of siteExports) await writeFile(join(site, siteExport.file), batchedParts(siteExport.parts(data, place)));
        logger.info(`exports: ${siteExports.map((siteExport) => siteExport.file).join(', ')}`);
      },
    },
  };
}
