import { describe, expect, it } from 'vitest';
import { weekdayNumber } from './weekdays.ts';

describe('weekdayNumber', () => {
  it('returns the date-fns day index when given a weekday name', () => {
    expect(weekdayNumber('Sunday')).toBe(0);
    expect(weekdayNumber('Friday')).toBe(5);
  });
});
