import { describe, expect, it } from 'vitest';
import { siblingFile } from './sibling-file.ts';

describe('siblingFile', () => {
  it('finds a file beside a module on disk', () => {
    expect(siblingFile('./sibling-file.test.ts', import.meta.url)?.href).toBe(import.meta.url);
  });

  it('is undefined when the file is missing or the module is not on disk', () => {
    expect(siblingFile('./no-such-worker.ts', import.meta.url)).toBeUndefined();
    expect(siblingFile('./sibling-file.ts', 'https://example.org/lib/index.js')).toBeUndefined();
  });
});
