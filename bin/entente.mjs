#!/usr/bin/env node
// Thin dispatcher: the CLI is TypeScript in src/cli, run directly by Node's type stripping
// (Node ≥ 22.18). Plain JavaScript here so that an older Node gets a clear message, not a
// syntax error.
if (!process.features.typescript) {
  process.stderr.write(
    `Entente needs Node ≥ 22.18 (found ${process.version}); run it through npx/npm scripts, which use the project's Node\n`,
  );
  process.exit(1);
}

// Cache compiled (and type-stripped) modules between runs; a no-op where unsupported.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();

try {
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
} catch (error) {
  // Never a bare stack trace: say what failed; the stack only on request.
  process.stderr.write(`entente: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  process.exitCode = 70; // EX_SOFTWARE
}
