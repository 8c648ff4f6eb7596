import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/entente.mjs', import.meta.url));
const seed = readFileSync(new URL('../../tests/fixtures/seed/lammy-beijing-visit.txt', import.meta.url), 'utf8');

interface Line {
  id: string;
  timexes: Array<{ start: number; end: number; text: string; type: string; value: string; mod?: string }>;
}

/** Run the real command, as `npx entente extract --jsonl` does, with `input` on stdin. */
function extract(input: string): { status: number | null; lines: Line[]; stderr: string } {
  const result = spawnSync(process.execPath, [bin, 'extract', '--jsonl'], { cwd: root, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, lines: result.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line), stderr: result.stderr };
}

describe('entente extract --jsonl', () => {
  it('returns the seed article dates when each sentence is a line with dct 2024-10-18', () => {
    const sentences = seed.split('\n').filter((s) => s.trim() !== '');
    const input = sentences.map((text, i) => JSON.stringify({ id: `s${i}`, dct: '2024-10-18', text })).join('\n');
    const { status, lines, stderr } = extract(input);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(sentences.map((_, i) => `s${i}`));
    const all = lines.flatMap((l) => l.timexes);
    const fridays = all.filter((t) => /^Friday$/.test(t.text));
    expect(fridays.length).toBeGreaterThan(0);
    for (const t of fridays) expect(t.value).toBe('2024-10-18');
    for (const year of ['1997', '2015', '2020']) expect(all).toContainEqual(expect.objectContaining({ text: year, type: 'DATE', value: year }));
    expect(all).toContainEqual(expect.objectContaining({ text: 'two-day', type: 'DURATION', value: 'P2D' }));
  });

  it('returns one line per record when the input has CRLF ends, a BOM, blank lines and a very long line', () => {
    const long = 'Talks resumed on Friday. '.repeat(20_000);
    const input = `\uFEFF${JSON.stringify({ id: 'a', dct: '2024-10-18', text: 'in 2015' })}\r\n\r\n\n${JSON.stringify({ id: 'b', dct: '2024-10-18', text: long })}\r\n`;
    const { status, lines, stderr } = extract(input);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0]!.timexes).toEqual([{ start: 3, end: 7, text: '2015', type: 'DATE', value: '2015' }]);
    expect(lines[1]!.timexes.length).toBe(20_000);
  });

  it('returns exit code 1 and names the line when one record is bad, still processing the others', () => {
    const input = ['{"id":"a","dct":"2024-10-18","text":"on Friday"}', 'not json', '{"id":"c","dct":"2024-10-18","text":"in 1997"}'].join('\n');
    const { status, lines, stderr } = extract(input);
    expect(status).toBe(1);
    expect(stderr).toContain('stdin:2:');
    expect(lines.map((l) => l.id)).toEqual(['a', 'c']);
  });
});
