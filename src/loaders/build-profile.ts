/**
 * An opt-in timer of where a build's time goes. With `ENTENTE_PROFILE=1` the content loader and
 * the search-index hook add up the time of their phases, and the end of the build prints one line,
 * `entente-profile load=812 analyse=20344 merge=1530 index=4120` (milliseconds), which
 * `npm run bench` reads; rendering is what the whole build took beyond these. Off, nothing is timed.
 */

/** The phases timed, in the order a build runs them. */
export const PHASES = ['load', 'analyse', 'merge', 'index'] as const;
export type Phase = (typeof PHASES)[number];
export type PhaseTimes = Partial<Record<Phase, number>>;

/** Whether this build is profiled: `ENTENTE_PROFILE=1`. */
export const profiling = process.env.ENTENTE_PROFILE === '1';

// The loader runs inside Vite's module runner and the hook in astro.config.mjs's own module graph:
// one process holds two copies of this module, which share the times through a global.
const KEY = Symbol.for('entente.build-profile');
const shared = globalThis as { [KEY]?: PhaseTimes };

/** Add `ms` to the time of `phase`, when profiling. */
export function addPhaseTime(phase: Phase, ms: number): void {
  if (!profiling) return;
  const times = (shared[KEY] ??= {});
  times[phase] = (times[phase] ?? 0) + ms;
}

/**
 * The profile line of `times`: every phase, in milliseconds, a phase not run as 0.
 *
 * @example
 * formatProfile({ load: 12.4, analyse: 300 }) //=> 'entente-profile load=12 analyse=300 merge=0 index=0'
 */
export function formatProfile(times: PhaseTimes): string {
  return `entente-profile ${PHASES.map((phase) => `${phase}=${Math.round(times[phase] ?? 0)}`).join(' ')}`;
}

/** The line to print at the end of a build: the times so far, or undefined when not profiling. */
export function profileLine(): string | undefined {
  return profiling ? formatProfile(shared[KEY] ?? {}) : undefined;
}

/**
 * The times of the profile line in a build's output, or undefined when it has none.
 *
 * @example
 * parseProfile('… entente-profile load=12 analyse=300 merge=0 index=0\n') //=> { load: 12, analyse: 300, merge: 0, index: 0 }
 */
export function parseProfile(output: string): PhaseTimes | undefined {
  const line = /entente-profile((?: \w+=\d+)+)/u.exec(output)?.[1];
  if (line === undefined) return undefined;
  const times: PhaseTimes = {};
  for (const [, name, ms] of line.matchAll(/(\w+)=(\d+)/gu)) {
    if ((PHASES as readonly string[]).includes(name!)) times[name as Phase] = Number(ms);
  }
  return times;
}
