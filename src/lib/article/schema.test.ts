import { describe, expect, it } from 'vitest';
import { calendarDateSchema, frontmatterSchema } from './schema.ts';

describe('frontmatterSchema', () => {
  it('returns the fields with tags defaulting to [] when only title and date are given', () => {
    expect(frontmatterSchema.parse({ title: 'A', date: '2024-10-18' })).toEqual({ title: 'A', date: '2024-10-18', tags: [] });
  });

  it('returns every field when all are valid', () => {
    const data = { title: ' A ', date: '2024-10-18', source: 'AFP', url: 'https://example.org/a', tags: ['china'] };
    expect(frontmatterSchema.parse(data)).toEqual({ ...data, title: 'A' });
  });

  it('returns the data without unknown keys when there are some', () => {
    expect(frontmatterSchema.parse({ title: 'A', date: '2024-10-18', notes: 'B' })).not.toHaveProperty('notes');
  });

  describe('edge cases', () => {
    it('fails when the url is not http(s), since it becomes a link', () => {
      expect(frontmatterSchema.safeParse({ title: 'A', date: '2024-10-18', url: 'javascript:alert(1)' }).success).toBe(false);
    });
    it('fails when the title is only spaces', () => {
      expect(frontmatterSchema.safeParse({ title: '  ', date: '2024-10-18' }).success).toBe(false);
    });
  });
});

describe('calendarDateSchema', () => {
  it.each(['2024-10-18', '2024-02-29', '0001-01-01', '9999-12-31'])('returns %s unchanged when it is a real date', (date) => {
    expect(calendarDateSchema.parse(date)).toBe(date);
  });

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '0000-01-01'])('fails when %s is not a real date', (date) => {
    expect(calendarDateSchema.safeParse(date).error?.issues[0]).toMatchObject({ code: 'custom', params: { ruleId: 'date-invalid' } });
  });

  it.each(['2024-10-18T10:00:00Z', '2024-10-18T10:00', '2024-10-18 23:59:59+02:00'])('returns the day as written of the date and time %s', (date) => {
    expect(calendarDateSchema.parse(date)).toBe('2024-10-18');
  });

  it.each(['18 October 2024', '2024-1-8', '24-10-18', '2024-10-18T25'])('fails on the shape when %s is not YYYY-MM-DD', (date) => {
    const issues = calendarDateSchema.safeParse(date).error?.issues ?? [];
    expect(issues.map((issue) => issue.code)).toEqual(['invalid_format']);
  });
});
