import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { flatString } from './flat-string.ts';

/**
 * Whether strings are flat can only be asked of V8 itself (`%StringIsFlat`, behind
 * `--allow-natives-syntax`): in a Node process of its own, given `script`, which prints JSON.
 */
function inV8(script: string): unknown {
  const module = new URL('./flat-string.ts', import.meta.url).href;
  const source = `import { flatString } from ${JSON.stringify(module)};\n${script}`;
  return JSON.parse(execFileSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '--eval', source], { encoding: 'utf8' }));
}

describe('flatString', () => {
  it('makes a string put together piece by piece, Latin-1 or not, into one flat string', () => {
    const flat = inV8(`
      const pieced = (first) => { let html = first; for (let at = 0; at < 30; at++) html += '<li id="' + at + '">' + first + '</li>'; return html; };
      const ascii = pieced('Lammy'), wide = pieced('Lammy’s');
      console.log(JSON.stringify([%StringIsFlat(ascii), %StringIsFlat(wide), %StringIsFlat(flatString(ascii)), %StringIsFlat(flatString(wide))]));
    `);
    // The first two show the pieces are a tree to begin with, so the last two can fail.
    expect(flat).toEqual([false, false, true, true]);
  });

  it('keeps every code unit, lone surrogates and escapes included', () => {
    for (const text of ['', 'plain', 'Lammy’s “visit” \\ \n\t\u0000', 'lone \ud800 and \udfff', '😀 pair']) {
      expect(flatString(text)).toBe(text);
    }
  });
});
