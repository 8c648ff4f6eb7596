import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceFile } from './replace-file.ts';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'entente-replace-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('replaceFile', () => {
  it('replaces a file with the new text', async () => {
    const file = join(work, 'run.json');
    await replaceFile(file, '["a"]');
    await replaceFile(file, '["b"]');
    expect(await readFile(file, 'utf8')).toBe('["b"]');
    expect(await readdir(work)).toEqual(['run.json']);
  });

  it('lets writes of one file in flight at once in one process each land whole', async () => {
    const file = join(work, 'run.json');
    const texts = Array.from({ length: 8 }, (_, index) => JSON.stringify([String(index).repeat(100_000)]));
    await Promise.all(texts.map((text) => replaceFile(file, text)));
    expect(texts).toContain(await readFile(file, 'utf8'));
    expect(await readdir(work)).toEqual(['run.json']);
  });

  it('leaves no temporary file when the file cannot be replaced', async () => {
    // A folder with a file in it cannot be replaced by a file.
    const file = join(work, 'run.json');
    await mkdir(file);
    await writeFile(join(file, 'inside'), '');
    await expect(replaceFile(file, '[]')).rejects.toThrow();
    expect(await readdir(work)).toEqual(['run.json']);
  });
});
