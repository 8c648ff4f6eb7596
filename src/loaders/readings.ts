/**
 * The readings of the content, shared between the loader, which reads them, and the pages, which
 * show them (src/layouts/site.ts). Astro runs the two in separate module graphs of one process, in
 * `astro build` as in `astro dev`, so they are kept on `globalThis`, as the content error is
 * (content-error.ts).
 *
 * Why not through Astro's data store: Astro serialises the whole store to a file, builds it into a
 * module and parses it again before a page can read an entry. At 4,000 articles that was three
 * more copies of every event and article in memory during a build; in `astro dev` it was 3.5 s of a
 * 6.3 s update after each save at 1,000 articles. The store holds only the revision of the newest
 * reading, whose change makes `astro dev` reload the open pages. Pages show the reading of the
 * revision the store names, not simply the newest: Astro forgets the paths of its pages
 * (`getStaticPaths`) when its store changes, so the paths it keeps and the pages it renders come
 * from one reading (but for a request caught while the store is read again).
 */
import type { SiteData } from '../lib/index.ts';

const KEY = Symbol.for('entente.readings');

interface Readings {
  /** The next revision: counted from the time the process started reading, so that no revision of an earlier run, still in Astro's store on disk, is taken for one of this run. */
  next: number;
  /** The reading shown for each revision still wanted, oldest first. */
  shown: Map<number, SiteData>;
  /** When the newest revision was kept, or last asked to be stored again (see `shownReading`). */
  newestAt: number;
  /** How the loader stores its newest reading again under a new revision (`astro dev` only). */
  republish?: () => void;
}

/**
 * How long the pages may see, in Astro's store, another revision than the newest before the loader
 * is asked to store the newest again. A sync writes the store within milliseconds of the reading
 * being kept (without a sync, Astro writes it 500 ms after: this must stay longer); yet the dev
 * server sometimes keeps the store as it was until the next write, apparently when a page is
 * requested while Astro writes it (`npm run bench:dev -- --n 1 --saves 30 --readers 8`: 2 of 30
 * saves unseen after a minute; asking the loader again, none, the slowest shown in 3 s).
 */
export const STALE_STORE_MS = 2_000;

type Holder = { [KEY]?: Readings };

function holder(): Readings {
  return ((globalThis as Holder)[KEY] ??= { next: Date.now(), shown: new Map(), newestAt: Date.now() });
}

/** Give the pages the loader's way to store its newest reading again (see `STALE_STORE_MS`). */
export function setRepublish(republish: () => void): void {
  holder().republish = republish;
}

/**
 * Keep a new reading under a new revision, and return it. A reading that ended in an error
 * (`undefined`, only in `astro dev`: a build stops) shows the last good one: the pages show the
 * error in front of it.
 */
export function keepReading(data: SiteData | undefined): number {
  const readings = holder();
  const revision = readings.next++;
  readings.newestAt = Date.now();
  const shown = data ?? newest(readings);
  if (shown !== undefined) readings.shown.set(revision, shown);
  return revision;
}

function newest(readings: Readings): SiteData | undefined {
  return [...readings.shown.values()].at(-1);
}

/**
 * The reading shown for `revision`, the one Astro's store names; the newest when the store names
 * none of this run (it has not yet been written, or holds an earlier run's); undefined before a
 * first good reading. Astro's store only moves forward: the readings of the revisions before the
 * one before it are forgotten. A store that names another revision than the newest for longer than
 * STALE_STORE_MS has the loader asked to write it again.
 */
export function shownReading(revision: number | undefined): SiteData | undefined {
  const readings = (globalThis as Holder)[KEY];
  if (readings === undefined) return undefined;
  // Once each STALE_STORE_MS until the pages see the newest (an earlier run's revision included:
  // the loader does nothing until its first reading has ended, and stores that one).
  const now = Date.now();
  if (revision !== undefined && revision !== readings.next - 1 && readings.republish !== undefined && now - readings.newestAt > STALE_STORE_MS) {
    readings.newestAt = now;
    readings.republish();
  }
  const found = revision === undefined ? undefined : readings.shown.get(revision);
  if (found === undefined) return newest(readings);
  const revisions = [...readings.shown.keys()];
  for (const old of revisions.slice(0, Math.max(0, revisions.indexOf(revision!) - 1))) readings.shown.delete(old);
  return found;
}
