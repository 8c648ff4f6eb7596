import { describe, expect, it } from 'vitest';
import { formatAt, isCalendarDay, makeDay, shift, toPoint } from './calendar.ts';

describe('isCalendarDay', () => {
  it('returns true when the day exists', () => expect(isCalendarDay('2024-02-29')).toBe(true));
  it('returns false when the day does not exist', () => {
    expect(isCalendarDay('2024-02-30')).toBe(false);
    expect(isCalendarDay('2023-02-29')).toBe(false);
    expect(isCalendarDay('2024-1-05')).toBe(false);
  });
});

describe('formatAt', () => {
  it('returns each TIMEX3 precision when given a day', () => {
    const day = makeDay(2024, 10, 18)!;
    expect(['day', 'week', 'month', 'quarter', 'half', 'year', 'decade', 'century'].map((g) => formatAt(day, g as never)))
      .toEqual(['2024-10-18', '2024-W42', '2024-10', '2024-Q4', '2024-H2', '2024', '202X', '20']);
  });
});

describe('toPoint', () => {
  it('returns the first day of an ISO week when given a week value', () => {
    expect(formatAt(toPoint('2024-W42')!.date, 'day')).toBe('2024-10-14');
  });
  it('returns undefined when the value names no calendar place', () => {
    expect(toPoint('PRESENT_REF')).toBeUndefined();
  });
});

describe('shift', () => {
  it('returns the date moved by calendar units when counting months across a year end', () => {
    expect(formatAt(shift(makeDay(2024, 11, 30)!, 'month', 3), 'day')).toBe('2025-02-28');
  });
});
