/**
 * `entente`: a thin command line over the library. Each command lives in its own module, loaded
 * only when it runs (so `--help` answers at once); this one only dispatches and prints usage.
 */
import { EXIT_OK, EXIT_USAGE, writeLines, type CliIo } from './io.ts';
import { CHECK_USAGE, EXTRACT_USAGE, NEW_USAGE, USAGE } from './usage.ts';

export type { CliIo } from './io.ts';
export { USAGE } from './usage.ts';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { load: () => Promise<Command>; usage: string }> = {
  check: { load: async () => (await import('./check.ts')).check, usage: CHECK_USAGE },
  extract: { load: async () => (await import('./extract.ts')).extract, usage: EXTRACT_USAGE },
  new: { load: async () => (await import('./new.ts')).newArticle, usage: NEW_USAGE },
};

/**
 * Run the command line and return the exit code: 0 success, 1 problems found, 2 wrong usage.
 *
 * @example
 * const printed = []
 * const io = { stdin: process.stdin, stdout: { write: (text) => printed.push(text) }, stderr: process.stderr }
 * await main(['check'], io) //=> 0
 * printed //=> ['1 article, 0 errors\n']
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
    if (args.includes('--help') || args.includes('-h')) {
      writeLines(io.stdout, [command.usage]);
      return EXIT_OK;
    }
    const run = await command.load();
    return await run(args, io);
  } catch (error) {
    // node:util parseArgs reports unknown or malformed options this way.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      writeLines(io.stderr, [`entente ${name}: ${error.message}`, '', command.usage]);
      return EXIT_USAGE;
    }
    throw error;
  }
}
