/**
 * The dev server's readings of the content, shared between the loader, which reads them, and the
 * pages, which show them (src/layouts/site.ts). Astro runs the two in separate module graphs of one
 * process, so they are kept on `globalThis`, as the content error is (content-error.ts).
 *
 * Why not through Astro's data store, as a build does: after every save the store was serialised
 * whole and parsed again as a module before a page could show the change, 3.5 s of a 6.3 s update
 * at 1,000 articles. In `astro dev` the store holds only the revision of the newest reading. Pages
 * show the reading of the revision the store names, not simply the newest: Astro forgets the paths
 * of its pages (`getStaticPaths`) when its store changes, so the paths it keeps and the pages it
 * renders come from one reading (but for a request caught while the store is read again).
 */
import type { SiteData } from '../lib/index.ts';

const KEY = Symbol.for('entente.devReadings');

interface Readings {
  /** The next revision: counted from the time the server started, so that no revision of an earlier run, still in Astro's store on disk, is taken for one of this run. */
  next: number;
  /** The reading shown for each revision still wanted, oldest first. */
  shown: Map<number, SiteData>;
}

type Holder = { [KEY]?: Readings };

/**
 * Keep a new reading of the dev server under a new revision, and return it. A reading that ended
 * in an error (`undefined`) shows the last good one: the pages show the error in front of it.
 */
export function keepDevReading(data: SiteData | undefined): number {
  const readings = ((globalThis as Holder)[KEY] ??= { next: Date.now(), shown: new Map() });
  const revision = readings.next++;
  const shown = data ?? newest(readings);
  if (shown !== undefined) readings.shown.set(revision, shown);
  return revision;
}

function newest(readings: Readings): SiteData | undefined {
  return [...readings.shown.values()].at(-1);
}

/** Whether this process is a dev server that has read the content. */
export function hasDevReadings(): boolean {
  return (globalThis as Holder)[KEY] !== undefined;
}

/**
 * The reading shown for `revision`, the one Astro's store names; the newest when the store names
 * none of this run (it has not yet been written). Astro's store only moves forward: the readings of
 * the revisions before the one before it are forgotten.
 */
export function devReading(revision: number | undefined): SiteData | undefined {
  const readings = (globalThis as Holder)[KEY];
  if (readings === undefined) return undefined;
  const found = revision === undefined ? undefined : readings.shown.get(revision);
  if (found === undefined) return newest(readings);
  const revisions = [...readings.shown.keys()];
  for (const old of revisions.slice(0, Math.max(0, revisions.indexOf(revision!) - 1))) readings.shown.delete(old);
  return found;
}
