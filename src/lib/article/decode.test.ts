import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './decode.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeUtf8', () => {
  it('returns the text when the bytes are valid UTF-8', () => {
    expect(decodeUtf8(new TextEncoder().encode('‘Golden era’'))).toEqual({ ok: true, text: '‘Golden era’' });
  });

  it('returns the text without its byte-order mark', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, text: 'a' });
  });

  it('returns the byte offset, line and column of an invalid byte', () => {
    expect(decodeUtf8(bytes(0x61, 0x0a, 0x62, 0xff))).toEqual({ ok: false, byteOffset: 3, line: 2, column: 2 });
  });

  describe('edge cases', () => {
    it('returns the lead byte of a sequence cut short by an ASCII byte', () => {
      expect(decodeUtf8(bytes(0x61, 0xe2, 0x80, 0x61))).toMatchObject({ ok: false, byteOffset: 1, line: 1, column: 2 });
    });
    it('returns the lead byte of a sequence cut short by the end of the file', () => {
      expect(decodeUtf8(bytes(0x61, 0x0a, 0xe2, 0x80))).toMatchObject({ ok: false, byteOffset: 2, line: 2, column: 1 });
    });
    it('returns columns that do not count a byte-order mark', () => {
      expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61, 0x80))).toMatchObject({ ok: false, byteOffset: 4, column: 2 });
    });
    it('returns columns in UTF-16 units after multi-byte characters', () => {
      // "é" is two bytes but one column; 0xc0 0xaf is an overlong encoding.
      expect(decodeUtf8(bytes(0xc3, 0xa9, 0xc0, 0xaf))).toMatchObject({ ok: false, byteOffset: 2, column: 2 });
    });
  });
});
