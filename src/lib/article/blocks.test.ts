import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBlocks, pointInBlock } from './blocks.ts';
import { createLineIndex } from './positions.ts';

/** Blocks of a whole file whose body starts after `bodyOffset`. */
function blocksOf(text: string, bodyOffset = 0) {
  return extractBlocks(text.slice(bodyOffset), bodyOffset, text, createLineIndex(text));
}

/** The `line:column` in the file of the first occurrence of `needle` in a block's text. */
function placeOf(block: ReturnType<typeof blocksOf>[number], needle: string): string {
  const point = pointInBlock(block, block.text.indexOf(needle));
  return `${point.line}:${point.column}`;
}

/** The `line:column` of the first occurrence of `needle` in the file, for comparison. */
function placeInFile(text: string, needle: string): string {
  const point = createLineIndex(text).pointAt(text.indexOf(needle));
  return `${point.line}:${point.column}`;
}

const markup = readFileSync(new URL('../../../tests/fixtures/articles/markup-positions.md', import.meta.url), 'utf8');
const markupBodyOffset = markup.indexOf('# A');

describe('extractBlocks', () => {
  it('returns headings with their depth and paragraphs with their plain text', () => {
    const blocks = blocksOf('# Title\n\nSome *text* here.\n');
    expect(blocks.map(({ kind, depth, text }) => ({ kind, depth, text }))).toEqual([
      { kind: 'heading', depth: 1, text: 'Title' },
      { kind: 'paragraph', depth: undefined, text: 'Some text here.' },
    ]);
  });

  it('returns the block start in the file when the body starts after frontmatter', () => {
    const blocks = blocksOf(markup, markupBodyOffset);
    expect(blocks[0]!.position).toMatchObject({ line: 7, column: 1 });
    expect(blocks[1]!.position).toMatchObject({ line: 9, column: 1 });
  });

  it('returns paragraphs of block quotes and list items, with their container', () => {
    const blocks = blocksOf(markup, markupBodyOffset);
    expect(blocks.map((block) => [block.container ?? '-', block.text])).toEqual([
      ['-', 'A styled heading'],
      ['-', 'He met Wang Yi in Beijing on Friday. Then he left *quickly* & quietly.'],
      ['blockquote', 'Quoted text starts here and goes on. A second sentence on Friday.'],
      ['listItem', 'First item with code in it.'],
      ['listItem', 'Second item. Another sentence on Friday.'],
      ['-', 'Text after an image.'],
    ]);
  });

  describe('edge cases', () => {
    it('leaves out blocks with no text, such as a lone image', () => {
      expect(blocksOf('![alt](x.png)\n\nText.')).toHaveLength(1);
    });
    it('reads a soft line break written \\r\\n as one space', () => {
      expect(blocksOf('one\r\ntwo')[0]!.text).toBe('one two');
    });
    it('keeps a hard line break as a line break', () => {
      expect(blocksOf('one  \ntwo')[0]!.text).toBe('one\ntwo');
    });
  });
  it('returns each body row of a table as a line of its cells, without the header row', () => {
    const text = '---\ntitle: A\n---\n| Date | Event |\n|---|---|\n| 1 July 1997 | Handover |\n';
    const blocks = extractBlocks(text.slice(17), 17, text, createLineIndex(text));
    expect(blocks.map((block) => [block.kind, block.text, block.position.line])).toEqual([['paragraph', '1 July 1997 – Handover', 6]]);
  });
});

describe('pointInBlock', () => {
  const blocks = blocksOf(markup, markupBodyOffset);

  it('returns the file position of text after emphasis and links', () => {
    const [heading, paragraph] = blocks;
    expect(placeOf(heading!, 'heading')).toBe(placeInFile(markup, 'heading'));
    expect(placeOf(paragraph!, 'Wang')).toBe(placeInFile(markup, 'Wang'));
    expect(placeOf(paragraph!, 'on Friday')).toBe(placeInFile(markup, 'on Friday'));
  });

  it('returns the file position of text after escapes and character references', () => {
    const paragraph = blocks[1]!;
    expect(placeOf(paragraph, 'quickly')).toBe(placeInFile(markup, 'quickly'));
    expect(placeOf(paragraph, '&')).toBe(placeInFile(markup, '&amp;'));
    expect(placeOf(paragraph, 'quietly')).toBe(placeInFile(markup, 'quietly'));
  });

  it('returns the file position on the next line of a block quote, past its "> " marker', () => {
    expect(placeOf(blocks[2]!, 'and goes on')).toBe('12:3');
    expect(placeOf(blocks[2]!, 'Friday')).toBe(placeInFile(markup, 'Friday.\n\n-'));
  });

  it('returns the file position of text after inline code', () => {
    expect(placeOf(blocks[3]!, 'in it')).toBe(placeInFile(markup, 'in it'));
  });

  describe('edge cases', () => {
    it('returns the position just after the last character for an end offset', () => {
      const block = blocks[0]!;
      // "# A *styled* heading" is 20 columns long.
      expect(pointInBlock(block, block.text.length)).toMatchObject({ line: 7, column: 21 });
    });
    it('returns positions after an astral character written as a reference', () => {
      const text = 'A &#x1F600; smile';
      const [block] = blocksOf(text);
      expect(block!.text).toBe('A \u{1F600} smile');
      expect(placeOf(block!, 'smile')).toBe('1:13');
    });
  });
});
