import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The file `name` beside the module at `moduleUrl`, or `undefined` when it is not there as a file
 * (the module was bundled, or loaded from elsewhere than disk). Worker threads start from such a
 * file; without one, their work is done on the calling thread.
 *
 * @example
 * siblingFile('no-such-module.ts', 'file:///tmp/index.js')
 * //=> undefined
 * siblingFile('worker.js', 'https://example.org/lib/index.js')
 * //=> undefined
 * siblingFile('worker.js', 'data:text/javascript,export {}')
 * //=> undefined
 */
export function siblingFile(name: string, moduleUrl: string): URL | undefined {
  if (!moduleUrl.startsWith('file:')) return undefined;
  const url = new URL(name, moduleUrl);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}
