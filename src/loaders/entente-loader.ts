import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { EntenteContentError, buildSiteData, formatDiagnostic } from '../lib/index.ts';
import type { SiteData } from '../lib/index.ts';

/** Both collections come from one run of the pipeline: events need every article at once. */
let pending: Promise<SiteData> | undefined;

/**
 * An Astro content loader for one part of what the Entente library computes from `contentDir`.
 * A content error rejects the load, which fails the build (Astro's `logger.error` would not).
 */
export function ententeLoader(part: 'articles' | 'events' | 'eras', contentDir: string): Loader {
  const watchedDir = resolve(contentDir);
  return {
    name: `entente-${part}`,
    load: async ({ store, generateDigest, logger, watcher }) => {
      const run = async (): Promise<void> => {
        pending ??= buildSiteData(contentDir);
        const data = await pending.catch((error: unknown) => {
          // The message already lists every problem with file:line:col; a stack trace into
          // Entente's own code would only hide it.
          if (error instanceof EntenteContentError) error.stack = error.message;
          throw error;
        });
        if (part === 'articles') for (const warning of data.warnings) logger.warn(formatDiagnostic(warning));
        store.clear();
        for (const entry of data[part]) {
          store.set({ id: entry.id, data: { ...entry }, digest: generateDigest({ ...entry }) });
        }
      };
      watcher?.add(watchedDir);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(watchedDir)) return;
        pending = undefined;
        run().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
      await run();
    },
  };
}
