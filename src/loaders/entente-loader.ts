import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { buildSiteData } from '../lib/index.ts';
import type { SiteData } from '../lib/index.ts';

/** Both collections come from one run of the pipeline: events need every article at once. */
let pending: Promise<SiteData> | undefined;

/**
 * An Astro content loader for one part of what the Entente library computes from `contentDir`.
 * A content error rejects the load, which fails the build (Astro's `logger.error` would not).
 */
export function ententeLoader(part: keyof SiteData, contentDir: string): Loader {
  const dir = resolve(contentDir);
  return {
    name: `entente-${part}`,
    load: async ({ store, generateDigest, watcher }) => {
      const run = async (): Promise<void> => {
        pending ??= buildSiteData(dir);
        const data = await pending;
        store.clear();
        for (const entry of data[part]) {
          store.set({ id: entry.id, data: { ...entry }, digest: generateDigest({ ...entry }) });
        }
      };
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(dir)) return;
        pending = undefined;
        void run();
      });
      await run();
    },
  };
}
