import { describe, expect, it } from 'vitest';
import { nextWord, previousWord } from './context.ts';

describe('previousWord', () => {
  it('returns the word before an offset when spaces separate them', () => expect(previousWord('since  1997', 7)).toBe('since'));
  it('returns an empty string when punctuation comes first', () => expect(previousWord('rates, 1997', 7)).toBe(''));
  it('returns the word without a leading quote when it is quoted', () => expect(previousWord("'Black Monday", 7)).toBe('Black'));
});

describe('nextWord', () => {
  it('returns the following word when one follows', () => expect(nextWord('2000 people', 4)).toBe('people'));
});
