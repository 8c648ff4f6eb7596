/**
 * The content error of the last reading in `astro dev`, shared between the loader, which reads
 * the content, and the middleware, which shows the error on every page until it is fixed. Astro
 * runs the two in separate module graphs of one process, so the error is kept on `globalThis`.
 */
const KEY = Symbol.for('entente.contentError');

type Holder = { [KEY]?: Error };

/** Remember the error of the last reading, or forget it once a reading succeeds. */
export function setContentError(error: Error | undefined): void {
  if (error === undefined) delete (globalThis as Holder)[KEY];
  else (globalThis as Holder)[KEY] = error;
}

/** The error of the last reading, if it failed. */
export function contentError(): Error | undefined {
  return (globalThis as Holder)[KEY];
}
