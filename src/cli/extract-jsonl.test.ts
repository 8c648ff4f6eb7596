import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BATCH_CHARS, extractJsonl, extractLines } from './extract-jsonl.ts';
import { tagTimexes } from '../lib/dates/index.ts';

function sink(): { chunks: string[]; write(s: string): void; text(): string } {
  const chunks: string[] = [];
  return { chunks, write: (s: string) => void chunks.push(s), text: () => chunks.join('') };
}

async function run(input: string) {
  const output = sink();
  const errors = sink();
  const code = await extractJsonl(Readable.from([input]), output, errors);
  return { code, out: output.text().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), err: errors.text() };
}

describe('extractJsonl', () => {
  it('returns 0 and one line per input, in order, when every line is good', async () => {
    const { code, out, err } = await run([
      JSON.stringify({ id: 'a', dct: '2024-10-18', text: 'Lammy met Wang on Friday.' }),
      JSON.stringify({ id: 'b', dct: '2024-10-18', text: 'Hong Kong was handed back in 1997.' }),
    ].join('\n'));
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toEqual([
      { id: 'a', timexes: [{ start: 18, end: 24, text: 'Friday', type: 'DATE', value: '2024-10-18' }] },
      { id: 'b', timexes: [{ start: 29, end: 33, text: '1997', type: 'DATE', value: '1997' }] },
    ]);
  });

  it('returns 1 and names the line when the dct is not a real calendar date', async () => {
    const { code, out, err } = await run([
      JSON.stringify({ id: 'a', dct: '2024-10-18', text: 'in 2015' }),
      '',
      JSON.stringify({ id: 'c', dct: '2024-02-30', text: 'in 2015' }),
      JSON.stringify({ id: 'd', dct: '2024-10-18', text: 'in 2020' }),
    ].join('\n'));
    expect(code).toBe(1);
    expect(err).toBe('stdin:3: expected "dct" as YYYY-MM-DD, found "2024-02-30"\n');
    expect(out.map((o) => o.id)).toEqual(['a', 'c', 'd']);
    expect(out[1]).toEqual({ id: 'c', timexes: [], error: 'expected "dct" as YYYY-MM-DD, found "2024-02-30"' });
    expect(out[2]!.timexes).toEqual([{ start: 3, end: 7, text: '2020', type: 'DATE', value: '2020' }]);
  });

  it('returns 1 and skips the line when it is not JSON or has no id', async () => {
    const { code, out, err } = await run(['{not json', JSON.stringify({ dct: '2024-10-18', text: 'x' }), JSON.stringify({ id: 'ok', dct: '2024-10-18', text: 'today' })].join('\n'));
    expect(code).toBe(1);
    expect(err).toMatch(/^stdin:1: invalid JSON/);
    expect(err).toContain('stdin:2: expected "id" as a non-empty string, found nothing');
    expect(out).toEqual([{ id: 'ok', timexes: [{ start: 0, end: 5, text: 'today', type: 'DATE', value: '2024-10-18' }] }]);
  });

  it('returns 1 when text is not a string', async () => {
    const { code, err } = await run(JSON.stringify({ id: 'a', dct: '2024-10-18', text: 42 }));
    expect(code).toBe(1);
    expect(err).toBe('stdin:1: expected "text" as a string, found 42\n');
  });

  it('returns the mod when the text gives one and reads async iterables of lines', async () => {
    const output = sink();
    const errors = sink();
    async function* input() {
      yield JSON.stringify({ id: 'm', dct: '2024-10-18', text: 'It began in early 2018.' });
    }
    expect(await extractJsonl(input(), output, errors)).toBe(0);
    expect(JSON.parse(output.text())).toEqual({ id: 'm', timexes: [{ start: 12, end: 22, text: 'early 2018', type: 'DATE', value: '2018', mod: 'START' }] });
  });

  it('gives from a stream in batches exactly what it gives line by line, errors and line numbers included', async () => {
    const records: string[] = [];
    for (let i = 0; records.join('\n').length < 3 * BATCH_CHARS; i++) {
      if (i % 37 === 5) records.push('{broken');
      else if (i % 41 === 7) records.push(JSON.stringify({ id: `bad${i}`, dct: '2024-13-01', text: 'x' }));
      else if (i % 43 === 9) records.push('');
      else records.push(JSON.stringify({ id: `r${i}`, dct: '2024-10-18', text: `Talks on Friday, ${i} days after the March 2015 accord, resumed last week. `.repeat(1 + (i % 9)) }));
    }
    const text = records.join('\r\n');
    // Split into uneven chunks, some cutting lines (and a CRLF) in two.
    const chunks: string[] = [];
    for (let at = 0; at < text.length; at += 7_001) chunks.push(text.slice(at, at + 7_001));
    const streamed = { out: sink(), err: sink() };
    const streamedCode = await extractJsonl(Readable.from(chunks), streamed.out, streamed.err);
    const single = { out: sink(), err: sink() };
    async function* lines() {
      yield* records;
    }
    const singleCode = await extractJsonl(lines(), single.out, single.err);
    expect(streamedCode).toBe(1);
    expect(singleCode).toBe(1);
    expect(streamed.err.text()).toBe(single.err.text());
    expect(streamed.out.text()).toBe(single.out.text());
    expect(streamed.out.text().split('\n').length).toBeGreaterThan(100);
    // Fewer writes than lines: a batch is written at once.
    expect(streamed.out.chunks.length).toBeLessThan(single.out.chunks.length);
  });

  it('answers a line piped in alone before the input ends', async () => {
    const input = new PassThrough();
    const output = sink();
    const done = extractJsonl(input, output, sink());
    input.write(`${JSON.stringify({ id: 'a', dct: '2024-10-18', text: 'in 2015' })}\n`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(output.text()).toBe('{"id":"a","timexes":[{"start":3,"end":7,"text":"2015","type":"DATE","value":"2015"}]}\n');
    input.end();
    expect(await done).toBe(0);
  });

  it('writes each timex with the keys start, end, text, type, value and mod (only when set), in that order', () => {
    const text = 'It began in early 2018, about three years ago, on Friday afternoon, and ends by mid-2026 or later.';
    const timexes = tagTimexes(text, { dct: '2024-10-18' });
    expect(timexes.some((timex) => timex.mod !== undefined)).toBe(true);
    const copied = timexes.map(({ start, end, text: span, type, value, mod }) =>
      (mod === undefined ? { start, end, text: span, type, value } : { start, end, text: span, type, value, mod }));
    const { out } = extractLines([JSON.stringify({ id: 'x', dct: '2024-10-18', text })], 1);
    expect(out).toBe(`${JSON.stringify({ id: 'x', timexes: copied })}\n`);
  });
});
