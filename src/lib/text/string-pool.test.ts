import { describe, expect, it } from 'vitest';
import { StringPool } from './string-pool.ts';

describe('StringPool', () => {
  it('leaves parsed data equal to what was read, in place, however deep', () => {
    const text = '{"candidates":[{"title":"Lammy meets Wang Yi","actors":[{"id":"wang-yi","kind":"person"}],"rules":["a","b"]},{"title":"Lammy meets Wang Yi","actors":[{"id":"wang-yi","kind":"person"}],"rules":[]}],"n":2,"none":null,"yes":true}';
    const read = JSON.parse(text) as unknown;
    expect(new StringPool().intern(read)).toBe(read);
    expect(read).toEqual(JSON.parse(text));
  });

  it('holds one string for each distinct string met, none longer than 500 characters', () => {
    const pool = new StringPool();
    pool.intern(JSON.parse('{"a":["lammy-visit","lammy-visit"],"b":{"c":"lammy-visit","d":"wang-yi"}}'));
    pool.intern(JSON.parse(JSON.stringify({ quote: 'x'.repeat(501), short: 'x'.repeat(500) })));
    expect(pool.size).toBe(3);
  });

  it('leaves other objects than plain ones and arrays as they are', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const names = new Map([['a', 'b']]);
    const read = { bytes, names, inside: new (class Inside { name = 'inside' })() };
    const pool = new StringPool();
    pool.intern(read);
    expect(read.bytes).toBe(bytes);
    expect(read.names).toBe(names);
    // Not gone through: the strings of the Map and of the class's object were not met.
    expect(pool.size).toBe(0);
  });
});
