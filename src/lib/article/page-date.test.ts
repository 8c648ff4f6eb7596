import { describe, expect, it } from 'vitest';
import { pageDate } from './page-date.ts';

const paragraph = (text: string) => ({ kind: 'paragraph' as const, text });

describe('pageDate', () => {
  it.each([
    ['a dateline', 'Brussels, 20 September 2012', '2012-09-20'],
    ['a date on its own line', 'OCTOBER 27, 2023', '2023-10-27'],
    ['a publication line', 'Published 3 May 2019', '2019-05-03'],
  ])('returns the day of %s', (_, text, date) => {
    expect(pageDate([paragraph(text), paragraph('The talks went on.')])).toEqual({ date, blockIndex: 0 });
  });

  it('returns undefined for a sentence of the story, an update line or a month', () => {
    expect(pageDate([paragraph('The ministers met on 20 September 2012.'), paragraph('(Updated on 8 August 2016)'), paragraph('March 1972')])).toBeUndefined();
  });
});
