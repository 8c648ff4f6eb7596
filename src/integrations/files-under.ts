import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A file `filesUnder` found: its path, its path relative to the folder searched (with `/`), and its name. */
export interface FoundFile {
  path: string;
  name: string;
  base: string;
}

/**
 * Every file under `dir` (a link to a file counts as one), but those in its top folder `leaveOut`;
 * none when `dir` is not there.
 * Walked by hand: Node 24's `readdirSync(dir, { recursive: true })` took 1.2–1.8 s
 * over the 55,000 page folders of a 4,000-article site, this 0.8 s.
 */
export function filesUnder(dir: string, leaveOut?: string): FoundFile[] {
  const found: FoundFile[] = [];
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const name = prefix + entry.name;
      if (entry.isDirectory()) {
        if (name !== leaveOut) walk(join(folder, entry.name), `${name}/`);
      } else if (entry.isFile() || (entry.isSymbolicLink() && statSync(join(folder, entry.name), { throwIfNoEntry: false })?.isFile())) {
        found.push({ path: join(folder, entry.name), name, base: entry.name });
      }
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return found;
}
