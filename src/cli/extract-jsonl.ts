/**
 * `entente extract --jsonl`: JSON lines `{"id","dct","text"}` in, one line per input out, in input
 * order: `{"id","timexes":[{"start","end","text","type","value","mod"?}]}`.
 *
 * A bad line is reported on `errors` as `stdin:LINE: message` and makes the exit code 1, but every
 * other line is still processed. When the bad line has a readable string id, an output line
 * `{"id","timexes":[],"error":"…"}` keeps the output aligned with the input ids; a line with no
 * usable id (bad JSON, missing id) has no output line. Blank lines are skipped silently.
 */
import { createInterface } from 'node:readline';
import { isCalendarDay } from '../lib/dates/_lib/calendar.ts';
import { tagTimexes } from '../lib/dates/index.ts';

/** Where bytes go: process.stdout, a stream, or an array in tests. */
export interface Writable {
  write(s: string): unknown;
}

function lines(input: AsyncIterable<string> | NodeJS.ReadableStream): AsyncIterable<string> {
  // A Node stream (stdin) is split into lines by readline; an async iterable of strings is taken as lines.
  if ('pipe' in input && typeof input.pipe === 'function') {
    return createInterface({ input: input as NodeJS.ReadableStream, crlfDelay: Infinity });
  }
  return input as AsyncIterable<string>;
}

/** Why a parsed line cannot be tagged, or undefined when it can. */
function problemWith(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 'expected a JSON object {"id","dct","text"}';
  const { id, dct, text } = record as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') return `expected "id" as a non-empty string, found ${JSON.stringify(id) ?? 'nothing'}`;
  if (typeof dct !== 'string' || !isCalendarDay(dct)) return `expected "dct" as YYYY-MM-DD, found ${JSON.stringify(dct) ?? 'nothing'}`;
  if (typeof text !== 'string') return `expected "text" as a string, found ${JSON.stringify(text) ?? 'nothing'}`;
  return undefined;
}

/**
 * Tag every JSON line of `input`, writing results to `output` and problems to `errors`.
 * Resolves to the exit code: 0 when every line was good, 1 otherwise.
 *
 * @example
 * await extractJsonl(['{"id":"a","dct":"2024-10-18","text":"on Friday"}'], process.stdout, process.stderr)
 * // prints {"id":"a","timexes":[{"start":3,"end":9,"text":"Friday","type":"DATE","value":"2024-10-18"}]}
 * //=> 0
 */
export async function extractJsonl(
  input: AsyncIterable<string> | NodeJS.ReadableStream,
  output: Writable,
  errors: Writable,
): Promise<number> {
  let lineNumber = 0;
  let exitCode = 0;
  for await (const raw of lines(input)) {
    lineNumber++;
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      errors.write(`stdin:${lineNumber}: invalid JSON (${(error as Error).message})\n`);
      exitCode = 1;
      continue;
    }
    const problem = problemWith(record);
    if (problem !== undefined) {
      errors.write(`stdin:${lineNumber}: ${problem}\n`);
      exitCode = 1;
      const id = (record as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && id !== '') output.write(`${JSON.stringify({ id, timexes: [], error: problem })}\n`);
      continue;
    }
    const { id, dct, text } = record as { id: string; dct: string; text: string };
    const timexes = tagTimexes(text, { dct }).map(({ start, end, text: span, type, value, mod }) =>
      (mod === undefined ? { start, end, text: span, type, value } : { start, end, text: span, type, value, mod }));
    output.write(`${JSON.stringify({ id, timexes })}\n`);
  }
  return exitCode;
}
