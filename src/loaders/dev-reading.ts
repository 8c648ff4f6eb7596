/**
 * The dev server's readings of the content, shared between the loader, which reads them, and the
 * pages, which show them (src/layouts/site.ts). Astro runs the two in separate module graphs of one
 * process, so they are kept on `globalThis`, as the content error is (content-error.ts).
 *
 * Why not through Astro's data store, as a build does: after every save the store was serialised
 * whole and parsed again as a module before a page could show the change, 3.5 s of a 6.3 s update
 * at 1,000 articles. In `astro dev` the store holds only the revision of the newest reading. Pages
 * show the reading of the revision the store names, not simply the newest: Astro forgets the paths
 * of its pages (`getStaticPaths`) when its store changes, so a page and the paths it links to
 * always come from the same reading.
 */
import type { SiteData } from '../lib/index.ts';

const KEY = Symbol.for('entente.devReadings');

/** Readings by revision, oldest first. */
type Holder = { [KEY]?: Map<number, SiteData> };

/** Enough for the pages still asking for the revision before the newest while Astro writes its store. */
const KEPT = 3;

/** Keep the dev server's reading of `revision`, and forget the oldest beyond a few. */
export function setDevReading(revision: number, data: SiteData): void {
  const readings = ((globalThis as Holder)[KEY] ??= new Map());
  readings.set(revision, data);
  for (const old of readings.keys()) if (readings.size > KEPT) readings.delete(old);
}

/** Whether this process is a dev server that has read the content: a build never is. */
export function hasDevReadings(): boolean {
  return (globalThis as Holder)[KEY] !== undefined;
}

/**
 * The dev server's reading of `revision`; the newest good one when that revision has none (it
 * ended in an error, which the pages show instead, or it is of an earlier run of the server).
 */
export function devReading(revision: number | undefined): SiteData | undefined {
  const readings = (globalThis as Holder)[KEY];
  return (revision === undefined ? undefined : readings?.get(revision)) ?? [...(readings?.values() ?? [])].at(-1);
}
