/**
 * `entente extract --jsonl`: JSON lines `{"id","dct","text"}` in, one line per input out, in input
 * order: `{"id","timexes":[{"start","end","text","type","value","mod"?}]}`.
 *
 * A bad line is reported on `errors` as `stdin:LINE: message` and makes the exit code 1, but every
 * other line is still processed. When the bad line has a readable string id, an output line
 * `{"id","timexes":[],"error":"…"}` keeps the output aligned with the input ids; a line with no
 * usable id (bad JSON, missing id) has no output line. Blank lines are skipped silently.
 *
 * Lines from stdin are handled in batches (the lines of one chunk of input, at most `BATCH_CHARS`
 * characters), each batch's output written with one call. No worker threads: measured on the
 * 2-core machine with another process busy, a worker (its own module load, regex compilation and
 * JIT warm-up) made `RUNS=5 npm run bench:extract` slower, 874 → 1689 ms median; idle, a helper
 * thread tagging some of the batches still lost, 0.54–0.65 → 0.61–0.71 s (src/lib/dates/CHANGELOG.md).
 */
import { createInterface } from 'node:readline';
import { isCalendarDay } from '../lib/dates/_lib/calendar.ts';
import { tagTimexes } from '../lib/dates/index.ts';

/** Where bytes go: process.stdout, a stream, or an array in tests. */
export interface Writable {
  write(s: string): unknown;
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

/** What a run of lines gives: the output text, the error text, and whether any line was bad. */
export interface BatchResult {
  out: string;
  err: string;
  bad: boolean;
}

/**
 * Handle consecutive input lines, the first being line `firstLine` of the input, as the
 * one-line-at-a-time loop did, but returning the text to write rather than writing each line.
 * Throws what `tagTimexes` throws (an internal error).
 */
export function extractLines(raws: readonly string[], firstLine: number): BatchResult {
  let out = '';
  let err = '';
  let bad = false;
  for (let index = 0; index < raws.length; index++) {
    const lineNumber = firstLine + index;
    const line = raws[index]!.replace(/^\uFEFF/, '').trim();
    if (line === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      err += `stdin:${lineNumber}: invalid JSON (${(error as Error).message})\n`;
      bad = true;
      continue;
    }
    const problem = problemWith(record);
    if (problem !== undefined) {
      err += `stdin:${lineNumber}: ${problem}\n`;
      bad = true;
      const id = (record as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && id !== '') out += `${JSON.stringify({ id, timexes: [] as unknown[], error: problem })}\n`;
      continue;
    }
    const { id, dct, text } = record as { id: string; dct: string; text: string };
    // The tagger's timexes are built with exactly these keys in this order, `mod` only when set
    // (refiners/anchor.ts), so they are serialised as they are: copying each into a fresh
    // object first cost an allocation per timex for the same text (extract-jsonl.test.ts checks).
    out += `{"id":${JSON.stringify(id)},"timexes":${JSON.stringify(tagTimexes(text, { dct }))}}\n`;
  }
  return { out, err, bad };
}

/**
 * Most characters of input in one batch: big enough that a write per batch costs nothing next to
 * tagging it, small enough that memory stays bounded whatever the input's size.
 */
export const BATCH_CHARS = 64 * 1024;

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
  // A Node stream (stdin) is split into lines by readline and handled in batches; an async
  // iterable of strings is taken as lines, one at a time.
  if ('pipe' in input && typeof input.pipe === 'function') return extractStream(input as NodeJS.ReadableStream, output, errors);
  let lineNumber = 0;
  let exitCode = 0;
  for await (const raw of input as AsyncIterable<string>) {
    lineNumber++;
    if (write(extractLines([raw], lineNumber), output, errors)) exitCode = 1;
  }
  return exitCode;
}

/** Write a batch's result, errors first as the loop did; whether a line was bad. */
function write({ out, err, bad }: BatchResult, output: Writable, errors: Writable): boolean {
  if (err !== '') errors.write(err);
  if (out !== '') output.write(out);
  return bad;
}

/**
 * The stream path. `for await` over readline cost a promise and a microtask turn per line, and a
 * write (a system call on a pipe) per line: on 41,648 one-sentence lines piped through, 0.13–0.25 s
 * of system time against 0.08 s now (on the bench's 1,654 long lines the two are level). So
 * lines come from readline's 'line' events and are gathered into a batch,
 * handled when it reaches `BATCH_CHARS` or when the chunk of input that brought its lines is used
 * up (setImmediate runs after readline has emitted the whole chunk), so that a line piped in
 * alone is still answered at once. Batches are handled in input order on this thread.
 */
function extractStream(input: NodeJS.ReadableStream, output: Writable, errors: Writable): Promise<number> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  return new Promise<number>((resolve, reject) => {
    let batch: string[] = [];
    let batchChars = 0;
    let firstLine = 1;
    let lineNumber = 0;
    let exitCode = 0;
    let failed = false;
    let sealScheduled = false;

    const fail = (error: unknown): void => {
      failed = true;
      rl.close();
      reject(error);
    };

    /** Handle the lines gathered so far; false once a line has thrown (nothing more is done). */
    const seal = (): boolean => {
      if (failed) return false;
      if (batch.length === 0) return true;
      const lines = batch;
      const first = firstLine;
      batch = [];
      batchChars = 0;
      firstLine = lineNumber + 1;
      try {
        if (write(extractLines(lines, first), output, errors)) exitCode = 1;
      } catch {
        // As the one-line loop did: the lines before the one that throws are written, then it
        // rejects with that error (tagging is deterministic, so the same line throws again).
        try {
          for (let index = 0; index < lines.length; index++) {
            if (write(extractLines([lines[index]!], first + index), output, errors)) exitCode = 1;
          }
        } catch (error) {
          fail(error);
          return false;
        }
      }
      return true;
    };

    rl.on('line', (raw: string) => {
      if (failed) return;
      lineNumber++;
      batch.push(raw);
      batchChars += raw.length;
      if (batchChars >= BATCH_CHARS) seal();
      else if (!sealScheduled) {
        sealScheduled = true;
        setImmediate(() => {
          sealScheduled = false;
          seal();
        });
      }
    });
    rl.on('close', () => {
      if (seal()) resolve(exitCode);
    });
    input.on('error', (error) => {
      if (!failed) fail(error);
    });
  });
}
