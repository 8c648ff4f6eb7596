import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNodeOptions } from './build-command.ts';

describe('buildNodeOptions', () => {
  it("reads the Node options of the project's own build script, the ones the benchmark builds with", () => {
    const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { build: string } };
    expect(buildNodeOptions(scripts.build)).toEqual(['--external-memory-accounted-in-global-limit', '--heap-growing-percent=20']);
  });

  describe('edge cases', () => {
    it('gives no options for a plain `node … astro.mjs build`', () => {
      expect(buildNodeOptions('node node_modules/astro/bin/astro.mjs build')).toEqual([]);
    });

    it('throws, quoting the script, on a build script of any other form', () => {
      expect(() => buildNodeOptions('astro build')).toThrow('scripts.build must be "node [--option…] node_modules/astro/bin/astro.mjs build", not "astro build"');
      expect(() => buildNodeOptions('node --x node_modules/astro/bin/astro.mjs build --force')).toThrow('scripts.build must be');
    });
  });
});
