import { describe, expect, it } from 'vitest';
import { StringPool } from './string-pool.ts';

describe('StringPool', () => {
  it('leaves parsed data equal to what was read, in place, however deep', () => {
    const text = '{"candidates":[{"title":"Lammy meets Wang Yi","actors":[{"id":"wang-yi","kind":"person"}],"rules":["a","b"]},{"title":"Lammy meets Wang Yi","actors":[{"id":"wang-yi","kind":"person"}],"rules":[]}],"n":2,"none":null,"yes":true}';
    const read = JSON.parse(text) as unknown;
    expect(new StringPool().intern(read)).toBe(read);
    expect(read).toEqual(JSON.parse(text));
  });

  it('leaves other objects than plain ones and arrays as they are', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const names = new Map([['a', 'b']]);
    const read = { bytes, names, long: 'x'.repeat(10_000) };
    new StringPool().intern(read);
    expect(read.bytes).toBe(bytes);
    expect(read.names).toBe(names);
    expect(read.long).toHaveLength(10_000);
  });
});
