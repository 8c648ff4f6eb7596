import { describe, expect, it } from 'vitest';
import { extractBlocks } from './blocks.ts';
import { createLineIndex } from './positions.ts';
import { blockSentences } from './sentences.ts';

function sentencesOf(text: string) {
  return blockSentences(extractBlocks(text, 0, text, createLineIndex(text)));
}

describe('blockSentences', () => {
  it('returns each sentence with its block, offsets in the block text and file position', () => {
    expect(sentencesOf('# Head\n\nMr. Lammy met *Wang*. He left on Friday.\n')).toEqual([
      { blockIndex: 0, start: 0, end: 4, text: 'Head', line: 1, column: 3, offset: 2 },
      { blockIndex: 1, start: 0, end: 19, text: 'Mr. Lammy met Wang.', line: 3, column: 1, offset: 8 },
      { blockIndex: 1, start: 20, end: 38, text: 'He left on Friday.', line: 3, column: 23, offset: 30 },
    ]);
  });

  describe('edge cases', () => {
    it('returns one sentence across a soft line break', () => {
      expect(sentencesOf('One sentence\ngoes on. Two.').map((s) => [s.text, s.line, s.column])).toEqual([
        ['One sentence goes on.', 1, 1],
        ['Two.', 2, 10],
      ]);
    });
    it('returns no sentences when there are no blocks', () => {
      expect(blockSentences([])).toEqual([]);
    });
  });
});
