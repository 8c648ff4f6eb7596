/**
 * The streams a command runs with, passed in so that tests can capture them. Relative paths are
 * resolved against the process's working directory and shown as typed.
 */
import type { Readable, Writable } from 'node:stream';

/** Where a command reads and writes. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Exit codes: 0 success, 1 problems found in content, 2 wrong usage. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** Write lines to a stream, each ended by a newline. */
export function writeLines(stream: Writable, lines: readonly string[]): void {
  if (lines.length > 0) stream.write(`${lines.join('\n')}\n`);
}
