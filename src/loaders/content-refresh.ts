/**
 * How the loader asks `astro dev` to read the content again after a save: through Astro's own
 * content sync, `refreshContent` of the `astro:server:setup` hook (astro.config.mjs), which writes
 * Astro's data store as soon as the loader is done. An entry a loader stores outside a sync is
 * written after Astro's 500 ms debounce, and pages see a change only once it is written: a quarter
 * of the time from a save to its page. Astro loads the config and the loader in separate module
 * graphs of one process, so the sync is kept on `globalThis`, as the content error is
 * (content-error.ts).
 */

/** The loader's name, which a sync names to run it alone. */
export const LOADER_NAME = 'entente';

const KEY = Symbol.for('entente.contentRefresh');

interface Refresher {
  /** Astro's `refreshContent` for the loader, which never rejects (the integration logs Astro's errors); undefined until the dev server gives it. */
  refresh?: () => Promise<void>;
  /**
   * How many loads of the loader have started: how to tell a sync Astro ran from one it refused.
   * Kept across the dev server's restarts, which give another `refresh`.
   */
  loads: number;
}

type Holder = { [KEY]?: Refresher };

function refresher(): Refresher {
  return ((globalThis as Holder)[KEY] ??= { loads: 0 });
}

/**
 * Astro reloads its content config after every change to a markdown file, and `refreshContent`
 * returns without syncing while it does: a refused sync is asked again this often, this many times.
 */
const RETRY_MS = 20;
const ATTEMPTS = 250;

/** Keep the dev server's way to sync the loader's content. */
export function setContentRefresh(refresh: () => Promise<void>): void {
  refresher().refresh = refresh;
}

/** Count a load of the loader starting (see `Refresher.loads`). */
export function countLoad(): void {
  refresher().loads += 1;
}

/**
 * Have the loader load again in a sync of the dev server, for a change made before this call:
 * true once a load has started since the call (by this call's sync or another's; the loader reads
 * the content afresh after each change, so any load started since reads this change), without
 * asking for another sync once one has. False without the dev server's sync, or when Astro refused
 * every sync asked for at least ATTEMPTS × RETRY_MS.
 */
export async function syncContent(): Promise<boolean> {
  const state = refresher();
  const loads = state.loads;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    if (state.loads !== loads) return true;
    if (state.refresh === undefined) return false;
    await state.refresh();
    if (state.loads !== loads) return true;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  return false;
}
