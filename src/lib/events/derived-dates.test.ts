import { describe, expect, it } from 'vitest';
import { DERIVED_DATE_RULES, deriveDates } from './derived-dates.ts';

describe('deriveDates', () => {
  it('returns the year an anniversary counts from (anniversary)', () => {
    const [derived] = deriveDates('Macron came to commemorate the 80th anniversary of General de Gaulle’s ‘Appel’.', '2020-06-18');
    expect(derived).toMatchObject({ rule: 'anniversary', value: '1940', precision: 'year', happening: 'General de Gaulle’s ‘Appel’' });
  });

  it('returns the year of "the 70th year of" a happening, without what follows it (anniversary)', () => {
    const [derived] = deriveDates('The summit also marked the 70th year of the end of World War II in Europe and in Asia.', '2015-05-29');
    expect(derived).toMatchObject({ value: '1945', happening: 'the end of World War II in Europe' });
  });

  it('returns the month a count of months points back to (elapsed-since)', () => {
    const [derived] = deriveDates('We welcomed Premier Wen today, only seven months since we last met in Beijing.', '2012-09-20');
    expect(derived).toMatchObject({ rule: 'elapsed-since', value: '2012-02', precision: 'month', happening: 'we last met in Beijing' });
  });

  it('returns nothing for an anniversary with no happening named, or a count that is no number', () => {
    expect(deriveDates('It was our 10th anniversary.', '2020-01-01')).toEqual([]);
    expect(deriveDates('Several months since then, talks stalled.', '2020-01-01')).toEqual([]);
  });

  it('has a unique id and a reason for every rule', () => {
    expect(new Set(DERIVED_DATE_RULES.map((rule) => rule.id)).size).toBe(DERIVED_DATE_RULES.length);
    expect(DERIVED_DATE_RULES.every((rule) => rule.reason.length > 0)).toBe(true);
  });
});
