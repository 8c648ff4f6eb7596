import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { EntenteContentError, buildSiteData, formatDiagnostic } from '../lib/index.ts';
import type { SiteData } from '../lib/index.ts';
import { addPhaseTime, type Phase } from './build-profile.ts';
import { setContentError } from './content-error.ts';
import { LOADER_NAME, countLoad, syncContent } from './content-refresh.ts';
import { isCi, progressReporter } from './progress.ts';
import { keepReading, setRepublish } from './readings.ts';

/**
 * The reading under way or done. In `astro dev` a failed run gives `undefined`: its error is logged
 * once, and the pages show it.
 */
let pending: Promise<SiteData | undefined> | undefined;

/**
 * How the revision reloads after a change to the content without the dev server's content sync
 * (content-refresh.ts).
 */
let reload: (() => Promise<void>) | undefined;
/** What the dev watcher calls for a change, one function a content folder (see `ententeLoader`). */
const listeners = new Map<string, (event: string, path: string) => void>();
/** How long after a reading that found a content error in `astro dev` the content is read again, once. */
const RETRY_AFTER_ERROR_MS = 300;
/** Whether the content was read again after an error since the last change. */
let retried = false;
/** The revision of the newest reading, good or not: stored so that each changes Astro's data store (see `ententeLoader`). */
let revision = 0;
/** The newest reading that ended, and what it gave (undefined: a content error). */
let ended: { reading: Promise<SiteData | undefined>; data: SiteData | undefined } | undefined;

/**
 * Read the content afresh and store its revision: in a sync of Astro's content, which writes the
 * store at once, or, when there is none to be had, by storing it directly, which Astro writes half
 * a second later.
 */
function reloadAll(): void {
  pending = undefined;
  askToStore();
}

/** Have the loader store its reading: in a sync of Astro's content, or directly when there is none. */
function askToStore(): void {
  void syncContent().then((synced) => (synced ? undefined : reload?.()));
}

/**
 * Store the newest reading again, under a new revision, when the pages do not see it in Astro's
 * store (see `STALE_STORE_MS`, readings.ts). A reading under way stores itself when it ends.
 */
function republish(): void {
  if (ended === undefined || ended.reading !== pending) return;
  revision = keepReading(ended.data);
  askToStore();
}

/**
 * Read the site's data, saying how far it got on a long reading (see `progressReporter`) and, when
 * profiling, timing its phases: loading ends when every article has been read and the first
 * analysis is told (the workers analyse the first articles meanwhile: see `startAnalysis`),
 * analysing when the last has been analysed, and merging (corrections, merge, article views) when
 * the data is complete.
 */
async function readSite(contentDir: string, logger: LoaderContext['logger'], dev: boolean): Promise<SiteData> {
  const progress = progressReporter({
    interactive: process.stdout.isTTY === true && !isCi(process.env),
    write: (text) => process.stdout.write(text),
    log: (line) => logger.info(line),
  });
  let mark = performance.now();
  const phaseEnds = (phase: Phase): void => {
    const time = performance.now();
    addPhaseTime(phase, time - mark);
    mark = time;
  };
  const data = await buildSiteData(contentDir, {
    // The dev server reads the folder again after each change: only what changed is read from disk.
    remember: dev,
    onProgress: (analysed, total, cacheHits) => {
      if (analysed === 1) phaseEnds('load');
      if (analysed === total) phaseEnds('analyse');
      progress.update(analysed, total, cacheHits);
    },
  });
  phaseEnds('merge');
  progress.finish(data.events.length, data.articles.length);
  return data;
}

/**
 * Read the content once for each change. A content error stops a build; in `astro dev` (which has
 * a watcher) it is logged and kept for the middleware to show on every page until a change fixes
 * it, and the dev server keeps running.
 */
function readOnce(contentDir: string, logger: LoaderContext['logger'], dev: boolean): Promise<SiteData | undefined> {
  if (pending !== undefined) return pending;
  const reading: Promise<SiteData | undefined> = readSite(contentDir, logger, dev).then(
    (data) => {
      if (reading === pending) {
        revision = keepReading(data);
        ended = { reading, data };
        setContentError(undefined);
      }
      return data;
    },
    (error: unknown) => {
      // The message already lists every problem with file:line:col; a stack trace into
      // Entente's own code would only hide it.
      if (error instanceof EntenteContentError) error.stack = error.message;
      if (!dev || !(error instanceof Error)) throw error;
      // A reading a later change has replaced says nothing: the later one will.
      if (reading === pending) {
        revision = keepReading(undefined);
        ended = { reading, data: undefined };
        logger.error(error.message);
        setContentError(error);
        // A save caught halfway (an editor that empties the file, then writes it) reads as broken,
        // and the watcher may not report the second half: read once more, a moment later.
        if (!retried) {
          retried = true;
          setTimeout(() => {
            if (reading === pending) reloadAll();
          }, RETRY_AFTER_ERROR_MS);
        }
      }
      return undefined;
    },
  );
  pending = reading;
  return reading;
}

/**
 * The Astro content loader of the site: it reads what the Entente library computes from
 * `contentDir`, keeps it in memory for the pages (readings.ts), and stores its revision, the one
 * entry of Astro's data store. A content error rejects the load, which fails the build (Astro's
 * `logger.error` would not); `astro dev` keeps running and shows it instead (see `readOnce`).
 */
export function ententeLoader(contentDir: string): Loader {
  const watchedDir = resolve(contentDir);
  return {
    name: LOADER_NAME,
    load: async ({ store, logger, watcher }) => {
      countLoad();
      const run = async (): Promise<void> => {
        const reading = readOnce(contentDir, logger, watcher !== undefined);
        const data = await reading;
        // Edits in quick succession start a reading each: only the last one's result is stored.
        // Until then the dev server keeps the last revision: pages are read meanwhile.
        if (reading !== pending) return;
        for (const warning of data?.warnings ?? []) logger.warn(formatDiagnostic(warning));
        // After an error too, so that open pages reload and show it (src/middleware.ts).
        store.clear();
        store.set({ id: 'revision', data: { revision }, digest: String(revision) });
      };
      reload = () => run().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      if (watcher) {
        setRepublish(republish);
        let listener = listeners.get(watchedDir);
        if (listener === undefined) {
          listener = (_event, path) => {
            if (!path.startsWith(watchedDir)) return;
            retried = false;
            reloadAll();
          };
          listeners.set(watchedDir, listener);
        }
        watcher.add(watchedDir);
        // Listened to anew at every load, once: a full sync of Astro's content (after its content
        // config changes) takes away the listeners loaders gave its watcher.
        watcher.off('all', listener);
        watcher.on('all', listener);
      }
      await run();
    },
  };
}
