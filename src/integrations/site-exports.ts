/**
 * The build's large exports (src/layouts/site-exports.ts), written straight to files once the pages
 * are built: as routes, Astro read each whole body into memory, three copies of it at once.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE_EXPORTS } from '../layouts/site-exports.ts';
import type { SitePlace } from '../layouts/site-exports.ts';
import { shownReading } from '../loaders/readings.ts';

/** How much text is written at once: parts of one event each would be 50,000 writes. */
const BATCH_CHARACTERS = 256 * 1024;

/** `parts` joined into batches of about BATCH_CHARACTERS. */
function* batched(parts: Iterable<string>): Generator<string> {
  let batch = '';
  for (const part of parts) {
    batch += part;
    if (batch.length >= BATCH_CHARACTERS) {
      yield batch;
      batch = '';
    }
  }
  if (batch !== '') yield batch;
}

/**
 * The integration. It must come after keptOutput(), which at the end of a build deletes the files a
 * route of the last build wrote and this one did not: these exports were routes before.
 */
export function siteExports(): AstroIntegration {
  let place: SitePlace | undefined;
  return {
    name: 'entente-exports',
    hooks: {
      'astro:config:done': ({ config }) => {
        const root = config.base.replace(/\/?$/u, '/');
        place = { root, absoluteRoot: config.site === undefined ? undefined : new URL(root, config.site).href };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const data = shownReading(undefined);
        if (data === undefined || place === undefined) throw new Error('Entente: the site is built, but the content loader has read nothing in this process');
        const site = fileURLToPath(dir);
        for (const siteExport of SITE_EXPORTS) await writeFile(join(site, siteExport.file), batched(siteExport.parts(data, place)));
        logger.info(`exports: ${SITE_EXPORTS.map((siteExport) => siteExport.file).join(', ')}`);
      },
    },
  };
}
