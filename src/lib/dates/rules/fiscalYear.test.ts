import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { fiscalYear } from './fiscalYear.ts';

describe('fiscalYear', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(fiscalYear.name).toBe('fiscalYear');
    expect(fiscalYear.pattern.flags).toContain('g');
    expect(fiscalYear.starters.length).toBeGreaterThan(0);
  });

  it('returns FY and the year when the text says fiscal year, fiscal or FY before a year', () => {
    expect(tag('the budget for fiscal year 2024')).toEqual([['fiscal year 2024', 'DATE', 'FY2024']]);
    expect(tag('profits in fiscal 2024 rose')).toEqual([['fiscal 2024', 'DATE', 'FY2024']]);
    expect(tag('FY2023 results')).toEqual([['FY2023', 'DATE', 'FY2023']]);
    expect(tag('FY 2023 results')).toEqual([['FY 2023', 'DATE', 'FY2023']]);
  });

  it('returns FY and the year when the year comes before "fiscal year"', () => {
    expect(tag('in the 2024 fiscal year')).toEqual([['2024 fiscal year', 'DATE', 'FY2024']]);
  });

  it('returns FY and the year it ends in when a fiscal year runs across two', () => {
    expect(tag('the 2023-24 financial year')).toEqual([['2023-24 financial year', 'DATE', 'FY2024']]);
    expect(tag('in financial year 2023/24')).toEqual([['financial year 2023/24', 'DATE', 'FY2024']]);
    expect(tag('FY2023-24 spending')).toEqual([['FY2023-24', 'DATE', 'FY2024']]);
  });

  describe('edge cases', () => {
    it('returns the calendar year when "fiscal" describes something else', () => {
      expect(tag('fiscal policy in 2015')).toEqual([['2015', 'DATE', '2015']]);
    });
  });
});
