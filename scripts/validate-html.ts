/**
 * Check every page of a built site with the W3C Nu Html Checker (the `vnu-jar` package, run with
 * Java 11 or later), in one run over the whole folder: one Java start-up instead of one per page.
 * Prints each error as `file:line:column: message` and exits 1 when there is any.
 *
 *   node scripts/validate-html.ts [DIST]      (default: dist)
 *
 * JAVA_HOME picks the Java to run; otherwise `java` on the PATH.
 */
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

const dist = resolve(process.argv[2] ?? 'dist');
// vnu-jar's main module exports the jar's path (as a String object).
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

// A folder with no page would pass without checking anything.
const pages = globSync('**/*.html', { cwd: dist }).length;
if (pages === 0) {
  console.error(`validate-html: no .html file in ${dist}; build the site first`);
  process.exit(1);
}

const started = Date.now();
// --errors-only: warnings ("consider adding a lang attribute") are advice, not invalid HTML.
const result = spawnSync(java, ['-jar', vnuJar, '--skip-non-html', '--errors-only', '--format', 'json', dist], {
  encoding: 'utf8',
  // The report of a site full of errors is large; the default buffer would cut it.
  maxBuffer: 256 * 1024 * 1024,
});
if (result.error) {
  console.error(`validate-html: could not run ${java} (${result.error.message}); install Java 11 or later, or set JAVA_HOME`);
  process.exit(1);
}

let messages: NuMessage[];
try {
  // The checker writes its JSON report to standard error.
  messages = (JSON.parse(result.stderr) as { messages: NuMessage[] }).messages;
} catch {
  console.error(`validate-html: the checker gave no report (exit ${result.status}):\n${result.stderr}${result.stdout}`);
  process.exit(1);
}

const errors = messages.filter((message) => message.type !== 'info');
for (const error of errors) {
  const file = error.url?.startsWith('file:') ? relative(process.cwd(), fileURLToPath(error.url)) : (error.url ?? dist);
  console.error(`${file}:${error.lastLine ?? 0}:${error.firstColumn ?? 0}: ${error.subType ?? error.type}: ${error.message}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`validate-html: ${pages} pages in ${relative(process.cwd(), dist) || '.'}, ${errors.length} errors (${seconds} s)`);
if (errors.length > 0 || result.status !== 0) process.exit(1);
