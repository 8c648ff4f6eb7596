/**
 * The last merge of each content folder's events, kept beside the articles' readings (see
 * article-cache.ts), so that the next run (a build after an edit, `entente check`, a dev server's
 * first reading) goes on from it and weighs only the tellings a change reaches (see
 * `EventMerger.resume`). Kept under the digest of the merging code: a change to a merge rule
 * makes the next run merge afresh.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { MERGE_SNAPSHOT } from '../events/merge.ts';
import type { MergeSnapshot } from '../events/merge.ts';
import { SNAPSHOTS_FOLDER, folderKey } from './article-cache.ts';
import type { CacheSetting } from './article-cache.ts';
import { codeDigest } from './reading-code.ts';
import { replaceFile } from './replace-file.ts';

const MERGING_CODE = [new URL('../events/merge.ts', import.meta.url)];

/** What a snapshot file holds; anything else is no snapshot. */
const STORED = z.object({ key: z.string(), digest: z.string(), snapshot: MERGE_SNAPSHOT });

/**
 * The file of a folder's snapshot, one for each of the folder's merges (`name`), and its key: the
 * merging code's digest, `undefined` when it cannot be read (then nothing is kept).
 */
async function snapshotFile(setting: Exclude<CacheSetting, false>, contentDir: string, name: string): Promise<{ file: string; key: string } | undefined> {
  const code = await codeDigest(MERGING_CODE, String(1));
  if (code === undefined) return undefined;
  return { file: join(resolve(setting.dir), SNAPSHOTS_FOLDER, `${folderKey(contentDir)}-${name}.json`), key: code };
}

/** The snapshot the last run over `contentDir` kept for its merge `name`, or `undefined` (none, another version's, unreadable). */
export async function readMergeSnapshot(setting: CacheSetting, contentDir: string, name: string): Promise<MergeSnapshot | undefined> {
  if (setting === false) return undefined;
  const where = await snapshotFile(setting, contentDir, name);
  if (where === undefined) return undefined;
  try {
    const stored = STORED.safeParse(JSON.parse(await readFile(where.file, 'utf8')));
    if (!stored.success || stored.data.key !== where.key) return undefined;
    // A snapshot changed since it was written (by hand, by a disk) would place tellings wrongly.
    return digestOf(stored.data.snapshot) === stored.data.digest ? stored.data.snapshot : undefined;
  } catch {
    // Missing or cut short: the events are merged afresh, and the snapshot written again.
    return undefined;
  }
}

/** A digest of a snapshot as written. */
const digestOf = (snapshot: MergeSnapshot): string => createHash('sha256').update(JSON.stringify(snapshot)).digest('base64');

let warned = false;

/**
 * Keep the snapshot `take` gives for the next run over `contentDir`, when there is a cache to keep
 * it in (it is taken only then); a cache that cannot be written only costs the next run the time it saves.
 */
export async function writeMergeSnapshot(setting: CacheSetting, contentDir: string, name: string, take: () => MergeSnapshot): Promise<void> {
  if (setting === false) return;
  const where = await snapshotFile(setting, contentDir, name);
  if (where === undefined) return;
  try {
    await mkdir(join(resolve(setting.dir), SNAPSHOTS_FOLDER), { recursive: true });
    const snapshot = take();
    await replaceFile(where.file, JSON.stringify({ key: where.key, digest: digestOf(snapshot), snapshot }));
  } catch (error) {
    if (warned) return;
    warned = true;
    process.emitWarning(`Entente could not keep how the events merged in ${where.file} (${(error as NodeJS.ErrnoException).code ?? String(error)}); each run merges them afresh`, 'EntenteCacheWarning');
  }
}
