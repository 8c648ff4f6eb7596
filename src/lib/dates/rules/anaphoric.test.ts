import { describe, expect, it } from 'vitest';
import { tag } from '../_lib/testing.ts';
import { anaphoric } from './anaphoric.ts';

describe('anaphoric', () => {
  it('is a rule with a global pattern and starters', () => {
    expect(anaphoric.name).toBe('anaphoric');
    expect(anaphoric.pattern.flags).toContain('g');
    expect(anaphoric.starters.length).toBeGreaterThan(0);
  });

  it("returns the day after the last date mentioned when the text says the following day", () => {
    expect(tag("He landed on 3 March 2020 and met Wang the following day.", '2024-10-18')).toEqual([["3 March 2020", "DATE", "2020-03-03"], ["the following day", "DATE", "2020-03-04"]]);
  });

  // "next" is no starter of this rule (a match there lacks "the"): the relative-unit rule reads
  // "next week" from the DCT, and "the next day" is still read at "the".
  it('returns "the next day" from the last date and "next week" from the DCT when both are written', () => {
    expect(tag('He left on 3 March 2020, came back the next day and goes again next week.', '2024-10-18')).toEqual([
      ['3 March 2020', 'DATE', '2020-03-03'],
      ['the next day', 'DATE', '2020-03-04'],
      ['next week', 'DATE', '2024-W43'],
    ]);
  });

  it("returns the year of the last date mentioned when the text says that year", () => {
    expect(tag("In 2015 ties warmed; that year Xi visited.", '2024-10-18')).toEqual([["2015", "DATE", "2015"], ["that year", "DATE", "2015"]]);
  });
});
