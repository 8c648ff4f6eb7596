/**
 * Write a cache file whole or not at all: the text goes to a file beside it, which is then renamed
 * over it, so a reader in another process sees the old file or the new one, never half of either.
 * Hand-written rather than `write-file-atomic`: the temporary names must end in `.tmp`, which the
 * cache's eviction removes when a crash leaves one (article-cache.ts), and a cache needs no fsync.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { threadId } from 'node:worker_threads';

/** Writes so far in this thread: two writes of one file in flight at once never share a temporary name. */
let writes = 0;

/** Replace `file` with `text` (see replace-file.test.ts). */
export async function replaceFile(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}-${threadId}-${(writes += 1)}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch (error) {
    // A disk full or a folder gone: leave nothing behind, as a cache that cannot be written keeps failing.
    await rm(temporary, { force: true });
    throw error;
  }
}
