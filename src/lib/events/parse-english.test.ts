import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { nounPhrases, parseEnglish, taggedTerms, verbPhrases, withinSentence } from './parse-english.ts';

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

describe('nounPhrases and verbPhrases', () => {
  // Sentences whose phrases run across commas, clauses and names, as the coreference rules read them.
  const texts = [
    'Following this he held a round of meetings with representatives of the two governments.',
    'The Prime Minister and President Macron met in London on Friday, their first talks since June.',
    'Officials from both sides, who asked not to be named, said the negotiations would resume.',
  ];

  it("give the phrases compromise's whole parse gives, for a text and for a part of a sentence", () => {
    for (const text of texts) {
      expect(nounPhrases(text).out('array')).toEqual(nlp(text).nouns().out('array'));
      expect(verbPhrases(text).out('array')).toEqual(nlp(text).verbs().out('array'));
    }
    const [sentence] = texts as [string];
    const part = 'he held a round of meetings with representatives';
    // The part's words as the whole sentence's parse found its phrases.
    const inSentence = withinSentence(sentence, () => nounPhrases(part).out('array'));
    expect(inSentence).toEqual((nlp(sentence).match(part) as ReturnType<typeof nlp>).nouns().out('array'));
    expect(inSentence).toEqual(['he', 'a round of meetings', 'representatives']);
  });

  it('leave compromise whole for any other user in the process', () => {
    parseEnglish(texts[0]!);
    expect(nlp('Officials held a round of meetings.').nouns().out('array')).toEqual(['Officials', 'a round of meetings.']);
  });
});
