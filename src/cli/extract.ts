/**
 * `entente extract`: the temporal expressions the tagger finds, either as JSON lines for
 * evaluation (`--jsonl`, stdin → stdout, in `extract-jsonl.ts`) or, for people, per article file
 * with the place of each expression in the file (`extract-files.ts`). Each mode is imported only
 * when chosen: `--jsonl` needs the tagger alone, and starts in a fraction of the time.
 */
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { EXTRACT_USAGE } from './usage.ts';
import { EXIT_OK, EXIT_USAGE, writeLines, type CliIo } from './io.ts';

/**
 * Run `entente extract`.
 *
 * @example
 * const printed = []
 * const io = { stdin: process.stdin, stdout: { write: (text) => printed.push(text) }, stderr: process.stderr }
 * await extract(['content/articles/lammy-beijing-visit.md'], io) //=> 0
 * printed.join('').split('\n')[0] //=> 'content/articles/lammy-beijing-visit.md:8:75  "Friday"  DATE 2024-10-18'
 */
export async function extract(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { help: { type: 'boolean', short: 'h' }, jsonl: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.help === true) {
    writeLines(io.stdout, [EXTRACT_USAGE]);
    return EXIT_OK;
  }
  if (values.jsonl === true) {
    if (positionals.length > 0) {
      writeLines(io.stderr, ['entente extract: --jsonl reads stdin and takes no files', '', EXTRACT_USAGE]);
      return EXIT_USAGE;
    }
    // A batch like the benchmark's 4 M characters is tagged in about a second: too short for
    // Turbofan, V8's top compiler, to repay compiling the tagger's hot functions (0.3–0.5 s of
    // CPU on another thread, competing with the tagging on a busy two-core machine), and the
    // Maglev code they keep is as fast here. Measured on the bench's input: process CPU
    // 1.69 → 1.49 s (medians of 5), still less at 16 M characters (src/lib/dates/CHANGELOG.md).
    // Only this process's later tiering changes, never what it prints.
    setFlagsFromString('--no-turbofan');
    const { extractJsonl } = await import('./extract-jsonl.ts');
    return extractJsonl(io.stdin, io.stdout, io.stderr);
  }
  if (positionals.length === 0) {
    writeLines(io.stderr, ['entente extract: give at least one article file, or --jsonl', '', EXTRACT_USAGE]);
    return EXIT_USAGE;
  }
  const { extractFiles } = await import('./extract-files.ts');
  return extractFiles(positionals, io);
}
