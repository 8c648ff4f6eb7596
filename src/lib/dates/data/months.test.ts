import { describe, expect, it } from 'vitest';
import { monthNumber } from './months.ts';

describe('monthNumber', () => {
  it('returns the month when given a name or an abbreviation with a full stop', () => {
    expect(monthNumber('October')).toBe(10);
    expect(monthNumber('Sept.')).toBe(9);
  });
  it('returns undefined when the word is no month', () => expect(monthNumber('Monday')).toBeUndefined());
});
