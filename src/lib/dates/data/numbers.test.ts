import { describe, expect, it } from 'vitest';
import { numberValue } from './numbers.ts';

describe('numberValue', () => {
  it('returns the number when given digits or words', () => {
    expect(numberValue('12')).toBe(12);
    expect(numberValue('fifty')).toBe(50);
    expect(numberValue('twenty-five')).toBe(25);
    expect(numberValue('a')).toBe(1);
  });
  it('returns X when the quantity is vague', () => expect(numberValue('several')).toBe('X'));
  it('returns undefined when the word is no number', () => expect(numberValue('banana')).toBeUndefined());
});
