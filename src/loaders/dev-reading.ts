/**
 * The dev server's last good reading of the content, shared between the loader, which reads it,
 * and the pages, which show it (src/layouts/site.ts). Astro runs the two in separate module graphs
 * of one process, so it is kept on `globalThis`, as the content error is (content-error.ts).
 *
 * Why not through Astro's data store, as a build does: after every save the store was serialised
 * whole and parsed again as a module before a page could show the change, 3.5 s of a 6.3 s update
 * at 1,000 articles. In `astro dev` the store holds only the reading's revision, whose change makes
 * Astro reload the open pages.
 */
import type { SiteData } from '../lib/index.ts';

const KEY = Symbol.for('entente.devReading');

type Holder = { [KEY]?: SiteData };

/** Keep the dev server's newest good reading. */
export function setDevReading(data: SiteData): void {
  (globalThis as Holder)[KEY] = data;
}

/** The dev server's newest good reading; `undefined` in a build, which reads the collections. */
export function devReading(): SiteData | undefined {
  return (globalThis as Holder)[KEY];
}
