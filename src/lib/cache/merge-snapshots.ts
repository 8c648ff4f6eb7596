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

/**
 * A snapshot file's first line: the merging code's key and a digest of the second line, the
 * snapshot's JSON. Apart, the key is checked before the snapshot is parsed, and the digest is of
 * the bytes as written, which neither side serialises again.
 */
const HEADER = z.object({ key: z.string(), digest: z.string() });

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
    const text = await readFile(where.file, 'utf8');
    const lineEnd = text.indexOf('\n');
    if (lineEnd < 0) return undefined;
    const header = HEADER.safeParse(JSON.parse(text.slice(0, lineEnd)));
    if (!header.success || header.data.key !== where.key) return undefined;
    const body = text.slice(lineEnd + 1);
    // A snapshot changed since it was written (by hand, by a disk) would place tellings wrongly.
    if (digestOf(body) !== header.data.digest) return undefined;
    const snapshot = MERGE_SNAPSHOT.safeParse(JSON.parse(body));
    return snapshot.success ? snapshot.data : undefined;
  } catch {
    // Missing or cut short: the events are merged afresh, and the snapshot written again.
    return undefined;
  }
}

/** A digest of a snapshot's JSON. */
const digestOf = (json: string): string => createHash('sha256').update(json).digest('base64');

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
    const json = JSON.stringify(take());
    await replaceFile(where.file, `${JSON.stringify({ key: where.key, digest: digestOf(json) })}\n${json}`);
  } catch (error) {
    if (warned) return;
    warned = true;
    process.emitWarning(`Entente could not keep how the events merged in ${where.file} (${(error as NodeJS.ErrnoException).code ?? String(error)}); each run merges them afresh`, 'EntenteCacheWarning');
  }
}
