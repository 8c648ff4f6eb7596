import { describe, expect, it } from 'vitest';
import { parseEnglish, taggedTerms, withinSentence } from './parse-english.ts';

describe('withinSentence', () => {
  const sentence = 'The minister said that visiting officials met Wang Yi in Beijing.';

  it('answers a part of the sentence from the sentence: its words as the sentence tagged them', () => {
    const inContext = withinSentence(sentence, () => taggedTerms('met Wang Yi'));
    const whole = taggedTerms(sentence);
    const met = whole.findIndex((term) => term.text === 'met');
    expect(inContext.map((term) => [term.text, term.tags])).toEqual(whole.slice(met, met + 3).map((term) => [term.text, term.tags]));
  });

  it('returns offsets in the part, not in the sentence, whatever its spacing', () => {
    expect(withinSentence(sentence, () => taggedTerms('met  Wang Yi').map((term) => term.start))).toEqual([0, 5, 10]);
  });

  it('anchors matches at the start of the part', () => {
    expect(withinSentence(sentence, () => parseEnglish('met Wang Yi').has('^#Verb'))).toBe(true);
  });

  it('parses a text whose words do not run unbroken in the sentence on its own', () => {
    expect(withinSentence(sentence, () => taggedTerms('officials met in Beijing').map((term) => term.start))).toEqual([0, 10, 14, 17]);
  });

  it('ends the scope when the work ends, even by an error', () => {
    // Read alone, the part ends on a possessive; the sentence reads "Lammy's meeting" otherwise.
    const told = "Her trip follows David Lammy's meeting with Wang Yi.";
    const part = "Her trip follows David Lammy's";
    const lastTags = () => taggedTerms(part).at(-1)?.tags;
    expect(lastTags()).toContain('Possessive');
    expect(withinSentence(told, lastTags)).not.toContain('Possessive');
    expect(() =>
      withinSentence(told, () => {
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(lastTags()).toContain('Possessive');
  });
});
