/**
 * How the loader asks `astro dev` to read the content again after a save: through Astro's own
 * content sync, `refreshContent` of the `astro:server:setup` hook (astro.config.mjs), which writes
 * Astro's data store as soon as the loader is done. An entry a loader stores outside a sync is
 * written after Astro's 500 ms debounce, and pages see a change only once it is written: a quarter
 * of the time from a save to its page. Astro loads the config and the loader in separate module
 * graphs of one process, so the sync is kept on `globalThis`, as the content error is
 * (content-error.ts).
 */
const KEY = Symbol.for('entente.contentRefresh');

interface Refresher {
  /** Astro's `refreshContent` for the loader. */
  refresh: () => Promise<void>;
  /** How many times the loader has loaded: how to tell a sync Astro ran from one it refused. */
  loads: number;
}

type Holder = { [KEY]?: Refresher };

/**
 * Astro reloads its content config after every change to a markdown file, and `refreshContent`
 * returns without syncing while it does: a refused sync is asked again this often, this many times.
 */
const RETRY_MS = 20;
const ATTEMPTS = 250;

/** Keep the dev server's way to sync the loader's content. */
export function setContentRefresh(refresh: () => Promise<void>): void {
  (globalThis as Holder)[KEY] = { refresh, loads: 0 };
}

/** Count a load of the loader (see `Refresher.loads`). */
export function countLoad(): void {
  const refresher = (globalThis as Holder)[KEY];
  if (refresher !== undefined) refresher.loads += 1;
}

/**
 * Sync the loader's content through the dev server: true once the loader has loaded in a sync
 * started after this call; false without the dev server's sync, or when Astro refused it for
 * ATTEMPTS × RETRY_MS (its content config broken).
 */
export async function syncContent(): Promise<boolean> {
  const refresher = (globalThis as Holder)[KEY];
  if (refresher === undefined) return false;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const loads = refresher.loads;
    await refresher.refresh();
    if (refresher.loads !== loads) return true;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  return false;
}
