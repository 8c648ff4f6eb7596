import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { EntenteContentError, buildSiteData, formatDiagnostic } from '../lib/index.ts';
import type { SiteData } from '../lib/index.ts';
import { addPhaseTime, type Phase } from './build-profile.ts';
import { setContentError } from './content-error.ts';
import { keepDevReading } from './dev-reading.ts';
import { isCi, progressReporter } from './progress.ts';

/**
 * Every collection comes from one run of the pipeline: events need every article at once. In
 * `astro dev` a failed run gives `undefined`: its error is logged once, and the pages show it.
 */
let pending: Promise<SiteData | undefined> | undefined;

/** How each collection reloads after a change to the content, and the dev watchers listened to. */
const reloaders = new Map<string, () => Promise<void>>();
const watched = new WeakSet<object>();
/** How long after a reading that found a content error in `astro dev` the content is read again, once. */
const RETRY_AFTER_ERROR_MS = 300;
/** Whether the content was read again after an error since the last change. */
let retried = false;
/** The revision of the newest reading, good or not: stored so that each changes Astro's data store (see `ententeLoader`). */
let revision = 0;

/** Read the content afresh and reload every collection from it. */
function reloadAll(): void {
  pending = undefined;
  for (const reload of reloaders.values()) void reload();
}

/**
 * Read the site's data, saying how far it got on a long reading (see `progressReporter`) and, when
 * profiling, timing its phases: loading ends when the first article has been analysed, analysing
 * when the last has, and merging (corrections, merge, article views) when the data is complete.
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
 * Read the content once for all collections. A content error stops a build; in `astro dev`
 * (which has a watcher) it is logged once, not once per collection, and kept for the middleware
 * to show on every page until a change fixes it, and the dev server keeps running.
 */
function readOnce(contentDir: string, logger: LoaderContext['logger'], dev: boolean): Promise<SiteData | undefined> {
  if (pending !== undefined) return pending;
  const reading: Promise<SiteData | undefined> = readSite(contentDir, logger, dev).then(
    (data) => {
      if (reading === pending) {
        revision = dev ? keepDevReading(data) : revision + 1;
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
        revision = keepDevReading(undefined);
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
 * An Astro content loader for one part of what the Entente library computes from `contentDir`, or
 * for the `revision` of the reading. A content error rejects the load, which fails the build
 * (Astro's `logger.error` would not); `astro dev` keeps running and shows it instead (see
 * `readOnce`). In `astro dev` the pages read the reading from memory (dev-reading.ts) and the
 * other parts store nothing: the revision, new after every reading, is what changes Astro's data
 * store and so makes it reload the open pages.
 */
export function ententeLoader(part: 'articles' | 'events' | 'eras' | 'revision', contentDir: string): Loader {
  const watchedDir = resolve(contentDir);
  return {
    name: `entente-${part}`,
    load: async ({ store, generateDigest, logger, watcher }) => {
      const run = async (): Promise<void> => {
        // A build replaces every entry: emptied now, the last build's entries are not written to
        // Astro's data store once more while the content is read (Astro writes the store half a
        // second after any change to it; at 1,000 articles each write costs about 1.5 s). The dev
        // server keeps its revision until the new one is ready: pages are read meanwhile.
        if (watcher === undefined) store.clear();
        const reading = readOnce(contentDir, logger, watcher !== undefined);
        const data = await reading;
        // Edits in quick succession start a reading each: only the last one's result is stored.
        if (reading !== pending) return;
        store.clear();
        if (part === 'revision') {
          // After an error too, so that open pages reload and show it (src/middleware.ts).
          store.set({ id: 'revision', data: { revision }, digest: String(revision) });
          return;
        }
        if (data === undefined) return;
        if (part === 'articles') for (const warning of data.warnings) logger.warn(formatDiagnostic(warning));
        // The dev server's pages read the reading from memory; clearing above empties what an
        // older store file held.
        if (watcher !== undefined) return;
        const storing = performance.now();
        for (const entry of data[part]) {
          const record = { ...entry };
          store.set({ id: entry.id, data: record, digest: generateDigest(record) });
        }
        addPhaseTime('store', performance.now() - storing);
      };
      reloaders.set(part, () => run().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error))));
      if (watcher && !watched.has(watcher)) {
        // One listener for all collections: a change reads the content once, then each reloads.
        watched.add(watcher);
        watcher.add(watchedDir);
        watcher.on('all', (_event, path) => {
          if (!path.startsWith(watchedDir)) return;
          retried = false;
          reloadAll();
        });
      }
      await run();
    },
  };
}
