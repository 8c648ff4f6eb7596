import { describe, expect, it } from 'vitest';
import { sentenceAround, splitSentences } from './sentences.ts';

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

    it('breaks after a decade or a number with a letter, which no initial ends', () => {
      expect(sentences('Ties were restored in the 1990s. Ronald Lamola told reporters. It rose by 5m. Trade grew.')).toEqual([
        'Ties were restored in the 1990s.',
        'Ronald Lamola told reporters.',
        'It rose by 5m.',
        'Trade grew.',
      ]);
    });

    it('keeps decimals and money in one sentence', () => {
      expect(sentences('It cost $3.5 bn. Fine.')).toEqual(['It cost $3.5 bn.', 'Fine.']);
    });
  });
});

describe('sentenceAround', () => {
  const around = (text: string, part: string): string => {
    const start = text.indexOf(part);
    const { start: from, end: to } = sentenceAround(text, start, start + part.length);
    return text.slice(from, to);
  };
  it('returns the sentence holding the span when the text has several', () => {
    expect(around('He left. Mr. Li met Wang on Friday. Then he went home.', 'Friday')).toBe('Mr. Li met Wang on Friday.');
  });
  it('returns the line when line breaks separate headline and body', () => {
    expect(around('Talks resume\nOfficials met on Monday', 'Monday')).toBe('Officials met on Monday');
  });
  it('returns the sentence across an initialism followed by a name', () => {
    expect(around('He said the U.S. Army left on Friday. Next.', 'Friday')).toBe('He said the U.S. Army left on Friday.');
  });
  it('returns the same sentence as splitSentences for each sentence of a paragraph', () => {
    const text = 'Mr. Smith met Dr. Jones on Oct. 18, 2024. He left. Ties were restored in the 1990s. Why? Nobody knows! The end.';
    for (const { start, end } of splitSentences(text)) expect(sentenceAround(text, start, end)).toEqual({ start, end });
  });
  describe('edge cases', () => {
    it('returns at most 400 characters each way when the text has no boundary', () => {
      const text = 'word '.repeat(10_000);
      const { start, end } = sentenceAround(text, 25_000, 25_004);
      expect(25_000 - start).toBeLessThanOrEqual(400);
      expect(end - 25_004).toBeLessThanOrEqual(400);
    });
  });
});
