import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'bench/**/*.test.ts'],
    // Tests run in parallel over shared fixtures: none reads through the project's cache, only
    // the cache's own tests, each through a folder of its own.
    env: { ENTENTE_NO_CACHE: '1' },
    // Setting up and removing a built site reads and writes thousands of files: on a loaded 2-core
    // machine removing one took over Vitest's default 10 s. Hooks wait for the disk, not for speed.
    hookTimeout: 180_000,
  },
});
