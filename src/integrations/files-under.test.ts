import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder } from './files-under.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'entente-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('filesUnder', () => {
  it('finds every file under a folder, and a link to a file, by its path with `/`, but those of the folder left out', () => {
    mkdirSync(join(dir, 'events', 'a'), { recursive: true });
    mkdirSync(join(dir, 'parts', '2'), { recursive: true });
    writeFileSync(join(dir, 'events', 'a', 'index.html'), '');
    writeFileSync(join(dir, 'top.json'), '');
    writeFileSync(join(dir, 'parts', '2', 'index.html'), '');
    symlinkSync(join(dir, 'top.json'), join(dir, 'events', 'linked.json'));
    symlinkSync(join(dir, 'missing'), join(dir, 'events', 'broken.json'));
    const found = filesUnder(dir, 'parts').map(({ name, base, path }) => [name, base, path === join(dir, ...name.split('/'))]);
    expect(found.sort()).toStrictEqual([
      ['events/a/index.html', 'index.html', true],
      ['events/linked.json', 'linked.json', true],
      ['top.json', 'top.json', true],
    ]);
  });

  it('follows a link to a folder, but not a link back to a folder it is in', () => {
    mkdirSync(join(dir, 'shared', 'fonts'), { recursive: true });
    writeFileSync(join(dir, 'shared', 'fonts', 'a.woff2'), '');
    symlinkSync(join(dir, 'shared'), join(dir, 'linked'));
    symlinkSync(dir, join(dir, 'shared', 'loop'));
    symlinkSync(join(dir, 'self'), join(dir, 'self'));
    const names = filesUnder(dir).map(({ name }) => name);
    expect(names.sort()).toStrictEqual(['linked/fonts/a.woff2', 'shared/fonts/a.woff2']);
  });

  it('finds nothing under a folder that is not there', () => {
    expect(filesUnder(join(dir, 'missing'))).toStrictEqual([]);
  });
});
