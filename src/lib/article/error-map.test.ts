import { describe, expect, it } from 'vitest';
import { describeValue, issueMessage } from './error-map.ts';
import { frontmatterSchema } from './schema.ts';

function messages(data: unknown) {
  const result = frontmatterSchema.safeParse(data, { reportInput: true });
  return (result.error?.issues ?? []).map((issue) => issueMessage(issue));
}

describe('issueMessage', () => {
  it('returns a "required" message naming the field when it is missing', () => {
    expect(messages({ date: '2024-10-18' })).toEqual([
      { ruleId: 'title-missing', field: 'title', reason: '"title" is required (a non-empty string)', expected: 'a non-empty string' },
    ]);
  });

  it('returns a calendar-date message with what was found when the day does not exist', () => {
    expect(messages({ title: 'A', date: '2024-02-30' })).toEqual([
      {
        ruleId: 'date-invalid',
        field: 'date',
        reason: '"date" must be a real calendar date (YYYY-MM-DD)',
        expected: 'a real calendar date written YYYY-MM-DD',
        found: '"2024-02-30"',
      },
    ]);
  });

  it('returns a format message when the date is not written YYYY-MM-DD', () => {
    expect(messages({ title: 'A', date: '18 October 2024' })[0]).toMatchObject({ ruleId: 'date-format', found: '"18 October 2024"' });
  });

  it('returns a hint to quote a title that YAML read as a number', () => {
    expect(messages({ title: 1984, date: '2024-10-18' })[0]).toMatchObject({
      ruleId: 'title-invalid',
      found: '1984 (a number)',
      hint: 'Quote it: title: "1984"',
    });
  });

  it('returns the index of a bad tag in the field name', () => {
    expect(messages({ title: 'A', date: '2024-10-18', tags: ['a', 3] })[0]).toMatchObject({
      ruleId: 'tags-invalid',
      field: 'tags[1]',
      reason: '"tags[1]" must be a non-empty string',
      found: '3 (a number)',
    });
  });
});

describe('describeValue', () => {
  it('returns strings quoted and other values named by their type', () => {
    expect([describeValue('x'), describeValue(null), describeValue([1]), describeValue(true), describeValue({})]).toEqual([
      '"x"',
      'null (an empty value)',
      'a list',
      'true (a boolean)',
      'a mapping',
    ]);
  });
});
