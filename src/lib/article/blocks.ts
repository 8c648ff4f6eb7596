/**
 * The prose of an article as blocks (headings and paragraphs, including those inside lists and
 * block quotes), each with its plain text and a map from offsets in that text back to the file.
 *
 * The map is built from the text nodes' own positions, so emphasis, links, escapes (`\*`),
 * character references (`&amp;`) and block-quote markers do not make positions drift.
 */
import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { SKIP, visit } from 'unist-util-visit';
import type { LineIndex, Point } from './positions.ts';

/**
 * A run of `text` whose characters are consecutive in the file, on one line: text offset
 * `start + k` is at file offset `offset + k`, line `line`, column `column + k`.
 */
export interface BlockSegment {
  start: number;
  offset: number;
  line: number;
  column: number;
}

/** One heading or paragraph of an article. */
export interface Block {
  kind: 'heading' | 'paragraph';
  /** Heading level (1–6), for headings only. */
  depth?: number;
  /** Plain text as a reader sees it: markup removed, images and raw HTML left out, soft line breaks read as spaces, hard breaks kept as "\n". */
  text: string;
  /** Where the block starts in the file. */
  position: Point;
  /** Nearest enclosing container, when the paragraph is in a block quote or a list item, or is a table's row. */
  container?: 'blockquote' | 'listItem' | 'tableRow';
  /** Offset map from `text` to the file; see `pointInBlock`. Plain data, so it can be serialized. */
  segments: BlockSegment[];
}

/**
 * Parse a markdown body into blocks, with positions in the whole file.
 *
 * @example
 * const text = '---\ntitle: A\n---\n## Hi *there*\n'
 * extractBlocks(text.slice(17), 17, text, createLineIndex(text))[0]
 * //=> { kind: 'heading', depth: 2, text: 'Hi there', position: { line: 4, column: 1, offset: 17 }, … }
 */
export function extractBlocks(body: string, bodyOffset: number, fileText: string, lines: LineIndex): Block[] {
  // GFM, as most editors write it: a table of key dates must not read as one paragraph of pipes.
  const tree: Root = remark().use(remarkGfm).parse(body);
  const blocks: Block[] = [];
  visit(tree, (node: Nodes, _index, parent: Parents | undefined) => {
    if (node.type !== 'heading' && node.type !== 'paragraph' && node.type !== 'tableRow') return undefined;
    // A table's first row is its header ("Date | Event"), not a line of the story.
    if (node.type === 'tableRow' && parent?.type === 'table' && parent.children[0] === node) return SKIP;
    let units: string[] = [];
    let offsets: number[] = [];
    const append = (value: string, start: number, end: number, hardBreak: boolean) => {
      const aligned: number[] = [];
      alignInto(aligned, value, fileText, bodyOffset + start, bodyOffset + end);
      for (let index = 0; index < value.length; index++) {
        const unit = value[index]!;
        // A soft line break reads as a space (and must not end a sentence); "\r\n" becomes one.
        if (!hardBreak && unit === '\r' && value[index + 1] === '\n') continue;
        units.push(!hardBreak && (unit === '\n' || unit === '\r') ? ' ' : unit);
        offsets.push(aligned[index]!);
      }
    };
    if (node.type === 'tableRow') {
      // Each row reads as one line: its cells joined by a dash, "1 July 1997 – Handover".
      node.children.forEach((cell, index) => {
        const start = cell.position?.start.offset;
        if (index > 0 && start !== undefined) append(' – ', start, start, false);
        collectText(cell.children, append);
      });
    } else {
      collectText(node.children, append);
    }
    // Trim, e.g. the space left after an image that starts a paragraph.
    let first = 0;
    while (first < units.length && /\s/.test(units[first]!)) first++;
    let last = units.length;
    while (last > first && /\s/.test(units[last - 1]!)) last--;
    units = units.slice(first, last);
    offsets = offsets.slice(first, last);
    const text = units.join('');
    if (text === '' || node.position?.start.offset === undefined) return SKIP;
    const container = node.type === 'tableRow' ? 'tableRow' : parent?.type === 'blockquote' || parent?.type === 'listItem' ? parent.type : undefined;
    blocks.push({
      kind: node.type === 'heading' ? 'heading' : 'paragraph',
      ...(node.type === 'heading' ? { depth: node.depth } : {}),
      text,
      position: lines.pointAt(bodyOffset + node.position.start.offset),
      ...(container === undefined ? {} : { container }),
      segments: toSegments(offsets, fileText, lines),
    });
    return SKIP;
  });
  return blocks;
}

type Append = (value: string, start: number, end: number, hardBreak: boolean) => void;

function collectText(children: readonly PhrasingContent[], append: Append): void {
  for (const child of children) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (child.type === 'text' || child.type === 'inlineCode') append(child.value, start, end, false);
    // A hard break stays a line break, so the position maps to the end of its line.
    else if (child.type === 'break') append('\n', start, end, true);
    // Images, raw HTML and footnote markers are not prose a reader reads in the sentence.
    else if (child.type === 'image' || child.type === 'imageReference' || child.type === 'html') continue;
    else if ('children' in child) collectText(child.children, append);
  }
}

const CHARACTER_REFERENCE = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;

/**
 * Append, for each UTF-16 unit of `value`, its offset in the file. `value` is what markdown made
 * of `fileText[start, end)`: the same characters in order, minus markup (escape backslashes,
 * code backticks, line prefixes such as `> `) and with character references decoded.
 */
function alignInto(offsets: number[], value: string, fileText: string, start: number, end: number): void {
  let cursor = start;
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    let probe = cursor;
    let found = -1;
    let next = cursor;
    while (probe < end) {
      if (fileText[probe] === char) {
        found = probe;
        next = probe + 1;
        break;
      }
      const reference = fileText[probe] === '&' ? CHARACTER_REFERENCE.exec(fileText.slice(probe, end)) : null;
      if (reference !== null) {
        // A character reference decoded to this character (two units for an astral one).
        found = probe;
        next = probe + reference[0].length;
        if (/[\uD800-\uDBFF]/.test(char) && index + 1 < value.length) {
          offsets.push(probe);
          index++;
        }
        break;
      }
      probe++;
    }
    if (found === -1) {
      // Not in the source (should not happen): keep the position where the search began.
      offsets.push(Math.min(cursor, Math.max(start, end - 1)));
      continue;
    }
    offsets.push(found);
    cursor = next;
  }
}

function toSegments(offsets: readonly number[], fileText: string, lines: LineIndex): BlockSegment[] {
  const segments: BlockSegment[] = [];
  offsets.forEach((offset, index) => {
    const previous = offsets[index - 1];
    const continues =
      previous !== undefined && offset === previous + 1 && fileText[previous] !== '\n' && fileText[previous] !== '\r';
    if (continues) return;
    const point = lines.pointAt(offset);
    segments.push({ start: index, offset, line: point.line, column: point.column });
  });
  return segments;
}

/**
 * The place in the file of a UTF-16 offset in a block's text (an `end` offset maps just after
 * the last character).
 *
 * @example
 * const { article } = parseArticle(new TextEncoder().encode('---\ntitle: A\ndate: 2024-10-18\n---\nLammy met *Wang* on Friday.'), 'a.md')
 * pointInBlock(article.blocks[0], article.blocks[0].text.indexOf('Friday'))
 * //=> { line: 5, column: 21, offset: 54 }
 */
export function pointInBlock(block: Pick<Block, 'segments' | 'position'>, textOffset: number): Point {
  const { segments } = block;
  let low = 0;
  let high = segments.length - 1;
  if (high < 0) return block.position;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle]!.start <= textOffset) low = middle;
    else high = middle - 1;
  }
  const segment = segments[low]!;
  const delta = Math.max(0, textOffset - segment.start);
  return { line: segment.line, column: segment.column + delta, offset: segment.offset + delta };
}
