import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unchangedFiles } from './unchanged-files.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A folder with one file, `a.md`, holding `text`. */
function folderWith(text: string): { folder: string; file: string } {
  const folder = mkdtempSync(join(tmpdir(), 'entente-files-'));
  folders.push(folder);
  const file = join(folder, 'a.md');
  writeFileSync(file, text);
  return { folder, file };
}

/** A clock a minute ahead: files written by the test have long settled by it. */
const aMinuteLater = (): number => Date.now() + 60_000;

/** One reading of `file` through `unchangedFiles`, kept for the next, on the clock `now`. */
async function readOnce(folder: string, file: string, now = aMinuteLater): Promise<Uint8Array> {
  const files = unchangedFiles(folder, { now });
  const bytes = await files.read(file);
  files.keep();
  return bytes;
}

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('unchangedFiles', () => {
  it('gives the bytes of the last reading for a file unchanged since, without reading it', async () => {
    const { folder, file } = folderWith('one');
    const first = await readOnce(folder, file);
    expect(await readOnce(folder, file)).toBe(first);
  });

  it('reads a file again when it changed, even to the same size', async () => {
    const { folder, file } = folderWith('one');
    utimesSync(file, new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    const first = await readOnce(folder, file);
    writeFileSync(file, 'two');
    const second = await readOnce(folder, file);
    expect(text(second)).toBe('two');
    expect(second).not.toBe(first);
  });

  it('reads a file again when an older modification time is put back on new bytes (its change time moves)', async () => {
    const { folder, file } = folderWith('one');
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(file, past, past);
    await readOnce(folder, file);
    // The kernel stamps change times from a clock that moves in steps of a few milliseconds.
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(file, 'two');
    utimesSync(file, past, past);
    expect(text(await readOnce(folder, file))).toBe('two');
  });

  it('does not trust the times of a file changed within the settling time: it is read again', async () => {
    const { folder, file } = folderWith('one');
    const first = await readOnce(folder, file, Date.now);
    const second = await readOnce(folder, file, Date.now);
    expect(second).not.toBe(first);
    expect(text(second)).toBe('one');
  });

  it('remembers only what the kept reading read: a file left out is read again after it', async () => {
    const { folder, file } = folderWith('one');
    const first = await readOnce(folder, file);
    unchangedFiles(folder).keep();
    expect(await readOnce(folder, file)).not.toBe(first);
  });

  it('fails as reading fails for a file that is gone', async () => {
    const { folder, file } = folderWith('one');
    await readOnce(folder, file);
    rmSync(file);
    await expect(readOnce(folder, file)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
