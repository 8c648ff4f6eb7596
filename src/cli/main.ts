/**
 * `entente`: a thin command line over the library. Each command lives in its own module; this
 * one only dispatches and prints usage.
 */
import { check, CHECK_USAGE } from './check.ts';
import { extract, EXTRACT_USAGE } from './extract.ts';
import { EXIT_OK, EXIT_USAGE, writeLines, type CliIo } from './io.ts';
import { newArticle, NEW_USAGE } from './new.ts';

export type { CliIo } from './io.ts';

export const USAGE = `Usage: entente <command> [options]

Commands:
  check [DIR]                 list every problem in the articles under DIR (default content/articles)
  extract FILE.md...          list the dates found in articles, with their positions
  extract --jsonl             read JSON lines on stdin, write the dates found as JSON lines
  new "Title" [--date D] ...  create a new article file

Run "entente <command> --help" for a command's options.`;

const COMMANDS: Record<string, { run: (args: string[], io: CliIo) => Promise<number>; usage: string }> = {
  check: { run: check, usage: CHECK_USAGE },
  extract: { run: extract, usage: EXTRACT_USAGE },
  new: { run: newArticle, usage: NEW_USAGE },
};

/**
 * Run the command line and return the exit code: 0 success, 1 problems found, 2 wrong usage.
 *
 * @example
 * await main(['check'], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr })
 * //=> 0 (prints "1 article, 0 errors")
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    writeLines(io.stderr, [USAGE]);
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && args[0] !== undefined ? COMMANDS[args[0]] : undefined;
    writeLines(io.stdout, [topic?.usage ?? USAGE]);
    return EXIT_OK;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    writeLines(io.stderr, [`entente: unknown command ${JSON.stringify(name)}`, '', USAGE]);
    return EXIT_USAGE;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // node:util parseArgs reports unknown or malformed options this way.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      writeLines(io.stderr, [`entente ${name}: ${error.message}`, '', command.usage]);
      return EXIT_USAGE;
    }
    throw error;
  }
}
