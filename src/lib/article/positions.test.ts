import { describe, expect, it } from 'vitest';
import { createLineIndex } from './positions.ts';

describe('createLineIndex', () => {
  it('returns 1-based lines and columns for offsets', () => {
    const index = createLineIndex('ab\ncd\n');
    expect(index.pointAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.pointAt(4)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(index.pointAt(6)).toEqual({ line: 3, column: 1, offset: 6 });
  });

  it('returns offsets for lines and columns, and line texts without line endings', () => {
    const index = createLineIndex('ab\r\ncd');
    expect(index.offsetAt(2, 1)).toBe(4);
    expect(index.lineText(1)).toBe('ab');
    expect(index.lineText(2)).toBe('cd');
    expect(index.lineText(3)).toBe('');
  });

  describe('edge cases', () => {
    it('counts \\r\\n as one line ending and a lone \\r as one', () => {
      const index = createLineIndex('a\r\nb\rc');
      expect(index.pointAt(3).line).toBe(2);
      expect(index.pointAt(5)).toEqual({ line: 3, column: 1, offset: 5 });
    });
    it('clamps offsets outside the text', () => {
      expect(createLineIndex('ab').pointAt(99)).toEqual({ line: 1, column: 3, offset: 2 });
    });
  });
});
