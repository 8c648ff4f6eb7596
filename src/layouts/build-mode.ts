/**
 * Whether this process is running `astro build`: astro.config.mjs marks it when the build starts.
 * Only a build uses the pages' cache keys (see cache-key.ts); `astro dev` renders every page afresh,
 * and computing keys would cost it seconds after every change on a large site. The flag is a global
 * because the config and the pages are loaded as two module graphs in one process.
 * (`import.meta.env.DEV` cannot tell: it is true while a build prerenders its pages too.)
 */
const BUILDING = Symbol.for('entente.building');
const flags = globalThis as { [BUILDING]?: boolean };

/** Mark this process as building the site. */
export function markBuilding(): void {
  flags[BUILDING] = true;
}

/** Whether this process is building the site (not serving it with `astro dev`). */
export function isBuilding(): boolean {
  return flags[BUILDING] === true;
}
