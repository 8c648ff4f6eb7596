import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args.ts';

describe('parseBenchArgs', () => {
  it('returns 1,000 articles, 3 runs and the default seed when given nothing', () => {
    expect(parseBenchArgs([])).toEqual({ sizes: [1000], runs: 3, seed: 20241018 });
  });

  it('returns every size of a comma-separated --n, in order', () => {
    expect(parseBenchArgs(['--n', '4000, 1000,20_000', '--runs', '5', '--seed', '7'])).toEqual({ sizes: [4000, 1000, 20000], runs: 5, seed: 7 });
  });

  describe('edge cases', () => {
    it('throws a message naming the option when a size is no whole number', () => {
      expect(() => parseBenchArgs(['--n', '1000,abc'])).toThrow('--n must be a whole number of at least 1, not "abc"');
      expect(() => parseBenchArgs(['--n', '0'])).toThrow('--n must be');
    });

    it('throws when fewer than three runs are asked for', () => {
      expect(() => parseBenchArgs(['--runs', '2'])).toThrow('--runs must be a whole number of at least 3');
    });

    it('throws on an unknown option', () => {
      expect(() => parseBenchArgs(['--size', '3'])).toThrow(/Unknown option '--size'/u);
    });
  });
});
