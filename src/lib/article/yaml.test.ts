import { describe, expect, it } from 'vitest';
import { isYamlError, parseYaml } from './yaml.ts';

describe('parseYaml', () => {
  it('returns dates as the strings the author wrote', () => {
    expect(parseYaml('a: 2024-02-30\nb: 0001-01-01\nc: 2024-10-18')).toEqual({ a: '2024-02-30', b: '0001-01-01', c: '2024-10-18' });
  });

  it('returns numbers, booleans and lists as YAML reads them', () => {
    expect(parseYaml('n: 2024\nb: true\nl: [a, b]')).toEqual({ n: 2024, b: true, l: ['a', 'b'] });
  });

  describe('edge cases', () => {
    it('throws a YAML error instead of building a function from a !!js tag', () => {
      let thrown: unknown;
      try {
        parseYaml('f: !!js/function "function () { globalThis.ententeYamlRan = true }"');
      } catch (error) {
        thrown = error;
      }
      expect(isYamlError(thrown)).toBe(true);
      expect((globalThis as { ententeYamlRan?: boolean }).ententeYamlRan).toBeUndefined();
    });
    it('throws on a duplicated key with its 0-based line', () => {
      expect(() => parseYaml('a: 1\na: 2')).toThrow(expect.objectContaining({ reason: 'duplicated mapping key', mark: expect.objectContaining({ line: 1 }) }));
    });
  });
});
