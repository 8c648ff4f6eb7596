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
 */
export function siblingFile(name: string, moduleUrl: string): URL | undefined {
  const url = new URL(name, moduleUrl);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}
