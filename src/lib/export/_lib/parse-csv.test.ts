import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';

describe('parseCsv', () => {
  it('returns records with quoted commas, doubled quotes and line breaks read back', () => {
    expect(parseCsv('a,"b, ""c"""\r\n"x\r\ny",\r\n')).toEqual([
      ['a', 'b, "c"'],
      ['x\r\ny', ''],
    ]);
  });

  it('returns the last record when it has no line break', () => {
    expect(parseCsv('a,b')).toEqual([['a', 'b']]);
  });
});
