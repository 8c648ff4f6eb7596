import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildNodeOptions, projectBuildNodeOptions } from './build-command.ts';

describe('buildNodeOptions', () => {
  it("reads the Node options of the project's own build script, the ones the benchmark builds with", () => {
    expect(projectBuildNodeOptions()).toEqual(['--external-memory-accounted-in-global-limit', '--heap-growing-percent=20']);
  });

  it("gives options the project's Node accepts, so that `npm run build` starts", () => {
    // A later V8 drops the first option; Node then refuses to start with it ("bad option").
    const result = spawnSync(process.execPath, [...projectBuildNodeOptions(), '--eval', ''], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  describe('edge cases', () => {
    it('reads options with underscores, digits, paths and ports in them', () => {
      expect(buildNodeOptions('node --max_old_space_size=8192 --v8-pool-size=4 --import=./x.mjs --inspect=127.0.0.1:9229 node_modules/astro/bin/astro.mjs build')).toEqual([
        '--max_old_space_size=8192',
        '--v8-pool-size=4',
        '--import=./x.mjs',
        '--inspect=127.0.0.1:9229',
      ]);
    });

    it('gives no options for a plain `node … astro.mjs build`', () => {
      expect(buildNodeOptions('node node_modules/astro/bin/astro.mjs build')).toEqual([]);
    });

    it('throws, quoting the script, on a build script of any other form', () => {
      expect(() => buildNodeOptions('astro build')).toThrow('scripts.build must be "node [--option…] node_modules/astro/bin/astro.mjs build", not "astro build"');
      expect(() => buildNodeOptions('node --x node_modules/astro/bin/astro.mjs build --force')).toThrow('scripts.build must be');
    });
  });
});
