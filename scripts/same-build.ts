/**
 * Two builds of the same content must be the same, byte for byte, search index included: a
 * deploy then changes only what the content changed, and a review of the output sees only that.
 *
 *   node scripts/same-build.ts FIRST_DIR SECOND_DIR      (exit 1 and the differences when they differ)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Where two byte strings part, with a little of each side, to see what differs without a diff tool. */
function firstDifference(a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const around = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 40), at + 40).toString('latin1'));
  return `from byte ${at} (sizes ${a.length} and ${b.length}): ${around(a)} vs ${around(b)}`;
}

/**
 * The differences between two build folders, one line each: files only one has, and files whose
 * bytes differ. Empty when the builds are identical.
 *
 * @example
 * buildDifferences('content', 'content') //=> []
 * buildDifferences('content', 'tests/fixtures/timeline')[0] //=> 'actors/china.md: only in content'
 */
export function buildDifferences(first: string, second: string): string[] {
  const firstFiles = filesUnder(first);
  const secondFiles = new Set(filesUnder(second));
  const differences: string[] = [];
  for (const file of firstFiles) {
    if (!secondFiles.delete(file)) {
      differences.push(`${file}: only in ${first}`);
      continue;
    }
    const [a, b] = [readFileSync(join(first, file)), readFileSync(join(second, file))];
    if (!a.equals(b)) differences.push(`${file}: differs ${firstDifference(a, b)}`);
  }
  for (const file of secondFiles) differences.push(`${file}: only in ${second}`);
  return differences;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [first, second] = process.argv.slice(2);
  if (first === undefined || second === undefined) {
    console.error('usage: node scripts/same-build.ts FIRST_DIR SECOND_DIR');
    process.exit(2);
  }
  const differences = buildDifferences(first, second);
  for (const difference of differences) console.error(difference);
  console.log(`same-build: ${filesUnder(first).length} files, ${differences.length} differences`);
  if (differences.length > 0) process.exit(1);
}
