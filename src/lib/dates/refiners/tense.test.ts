import { describe, expect, it } from 'vitest';
import { tenseAround } from './tense.ts';

function tenseOf(sentence: string, expression: string) {
  const start = sentence.indexOf(expression);
  return tenseAround(sentence, 0, sentence.length, start, start + expression.length);
}

describe('tenseAround', () => {
  it('returns unknown for what was agreed to do, which lies after the agreement, not the DCT', () => {
    expect(tenseOf('The Prime Minister welcomed the agreement to intensify talks in July.', 'July')).toBe('unknown');
    expect(tenseOf('They agreed to hold talks in May.', 'May')).toBe('unknown');
  });

  it('returns the tense of the clause before a second predicate, not of the predicate after it', () => {
    expect(tenseOf('The minister will visit in July and underlined the need for talks.', 'July')).toBe('future');
  });

  it('returns future when will governs the expression', () => {
    expect(tenseOf('He will travel to Shanghai on Friday.', 'Friday')).toBe('future');
  });
  it('returns past when a past verb governs the expression', () => {
    expect(tenseOf('Lammy told Wang on Friday he hoped for talks.', 'Friday')).toBe('past');
  });
  it('returns the nearest verb\'s tense when the sentence mixes tenses', () => {
    expect(tenseOf('Officials said on Monday that he will visit in March.', 'March')).toBe('future');
    expect(tenseOf('Officials said on Monday that he will visit in March.', 'Monday')).toBe('past');
  });
  it('returns the tense of the verb before the expression over one in the clause after it', () => {
    expect(tenseOf('Xi told Blinken on Friday that they should be partners.', 'Friday')).toBe('past');
    expect(tenseOf('On Friday, Lammy will travel to Beijing.', 'Friday')).toBe('future');
  });
  it('returns future when a modal such as may governs the expression', () => {
    expect(tenseOf('The contract may be signed on September 12.', 'September 12')).toBe('future');
  });
  it('returns unknown when the sentence has no tense marker', () => {
    expect(tenseOf('Talks on Friday.', 'Friday')).toBe('unknown');
  });
  it('returns future when an irregular participle follows will be', () => {
    expect(tenseOf('The G20 summit will be held in November.', 'November')).toBe('future');
  });
  it('returns future when a participle after remain is an adjective, not a past verb', () => {
    expect(tenseOf('Schools will remain closed until Friday.', 'Friday')).toBe('future');
  });
  it('returns past when was precedes a past auxiliary use', () => {
    expect(tenseOf('The treaty was signed in March.', 'March')).toBe('past');
  });
  it('returns future for a passive participle after will be', () => {
    expect(tenseOf('a deal that will be finalized by June 10', 'June 10')).toBe('future');
  });
});
