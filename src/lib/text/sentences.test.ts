import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

function sentences(text: string): string[] {
  return splitSentences(text).map(({ start, end }) => text.slice(start, end));
}

describe('splitSentences', () => {
  it('returns each sentence with its offsets, trailing space trimmed', () => {
    expect(splitSentences('Lammy met Wang. He left.')).toEqual([
      { start: 0, end: 15 },
      { start: 16, end: 24 },
    ]);
  });

  it('keeps titles and month abbreviations inside the sentence', () => {
    expect(sentences('Mr. Smith met Dr. Jones on Oct. 18, 2024. He left.')).toEqual([
      'Mr. Smith met Dr. Jones on Oct. 18, 2024.',
      'He left.',
    ]);
  });

  it('keeps an initialism followed by a name, breaks before a sentence opener', () => {
    expect(sentences('The U.S. Army said so. It left the U.S. He stayed.')).toEqual([
      'The U.S. Army said so.',
      'It left the U.S.',
      'He stayed.',
    ]);
  });

  it('breaks after quotes, exclamations and questions', () => {
    expect(sentences('“Go,” he said. Then we left! Really? Yes.')).toEqual([
      '“Go,” he said.',
      'Then we left!',
      'Really?',
      'Yes.',
    ]);
  });

  describe('edge cases', () => {
    it('returns nothing for blank text', () => {
      expect(splitSentences('  \n ')).toEqual([]);
    });

    it('keeps decimals and money in one sentence', () => {
      expect(sentences('It cost $3.5 bn. Fine.')).toEqual(['It cost $3.5 bn.', 'Fine.']);
    });
  });
});
