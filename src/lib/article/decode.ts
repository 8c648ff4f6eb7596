/**
 * Strict UTF-8 decoding. `readFile(path, 'utf8')` silently turns invalid bytes into U+FFFD, which
 * would publish mojibake; a fatal decoder refuses, and this module says where.
 */

/** The result of decoding: the text (BOM removed), or where the first invalid byte is. */
export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; byteOffset: number; line: number; column: number };

const BOM = '\uFEFF';

function decodesAsPrefix(bytes: Uint8Array, length: number): boolean {
  try {
    // `stream: true` tolerates a sequence cut at the end, so any prefix of valid UTF-8 passes.
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, length), {
      stream: true,
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Decode UTF-8 bytes, failing on the first invalid sequence with its byte offset and the line and
 * column (1-based, UTF-16 columns) where it sits. A leading byte-order mark is removed, so offsets
 * in the text do not count it.
 *
 * @example
 * decodeUtf8(new Uint8Array([0x61, 0x0a, 0x62, 0xff]))
 * //=> { ok: false, byteOffset: 3, line: 2, column: 2 }
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text: text.startsWith(BOM) ? text.slice(BOM.length) : text };
  } catch {
    // Validity of prefixes is monotone, so binary search finds the longest valid prefix.
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (decodesAsPrefix(bytes, middle)) low = middle;
      else high = middle - 1;
    }
    // The first bad byte follows the longest valid prefix, unless that prefix ends inside a
    // sequence (cut short by the bad byte, or by the end of the file): then blame its lead byte.
    let byteOffset = low;
    if (!decodesCompletely(bytes, low)) {
      byteOffset = low - 1;
      while (byteOffset > 0 && (bytes[byteOffset]! & 0xc0) === 0x80) byteOffset--;
    }
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, byteOffset));
    const lines = before.split(/\r\n|\n|\r/);
    let lastLine = lines[lines.length - 1]!;
    if (lines.length === 1 && lastLine.startsWith(BOM)) lastLine = lastLine.slice(1);
    return { ok: false, byteOffset, line: lines.length, column: lastLine.length + 1 };
  }
}

function decodesCompletely(bytes: Uint8Array, length: number): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, length));
    return true;
  } catch {
    return false;
  }
}
