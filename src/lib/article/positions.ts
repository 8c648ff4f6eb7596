/**
 * UTF-16 offsets in a file's text ↔ 1-based line and column, the way unist and editors count
 * them. `\r\n`, `\n` and a lone `\r` each end a line, as in micromark and js-yaml, so positions
 * from remark, from js-yaml and from here agree.
 */

/** A place in a file: 1-based line and column, and the 0-based UTF-16 offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Precomputed line starts of one text. */
export interface LineIndex {
  /** Offsets at which each line starts; `lineStarts[0]` is 0. */
  readonly lineStarts: readonly number[];
  /** The point at a UTF-16 offset (clamped to the text). */
  pointAt(offset: number): Point;
  /** The offset of a 1-based line and column (clamped to the text). */
  offsetAt(line: number, column: number): number;
  /** The text of a 1-based line, without its line ending. */
  lineText(line: number): string;
}

/**
 * Index a text's line starts once, then convert offsets to points in O(log lines).
 *
 * @example
 * createLineIndex('ab\ncd').pointAt(4)
 * //=> { line: 2, column: 2, offset: 4 }
 */
export function createLineIndex(text: string): LineIndex {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 /* \n */) lineStarts.push(index + 1);
    else if (code === 13 /* \r */ && text.charCodeAt(index + 1) !== 10) lineStarts.push(index + 1);
  }

  function pointAt(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, text.length));
    // Binary search for the last line start <= offset.
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - lineStarts[low]! + 1, offset: clamped };
  }

  function offsetAt(line: number, column: number): number {
    const start = lineStarts[Math.max(0, Math.min(line - 1, lineStarts.length - 1))]!;
    return Math.min(start + Math.max(0, column - 1), text.length);
  }

  function lineText(line: number): string {
    const start = lineStarts[line - 1];
    if (start === undefined) return '';
    const end = lineStarts[line] ?? text.length;
    return text.slice(start, end).replace(/\r?\n$|\r$/, '');
  }

  return { lineStarts, pointAt, offsetAt, lineText };
}
