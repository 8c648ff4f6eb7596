import { rmSync } from 'node:fs';
import { dirname } from 'node:path';

/** Remove the copy of the content folder the dev server read (made by playwright.dev.config.ts). */
export default function teardown(): void {
  const dir = process.env.ENTENTE_DEV_CONTENT;
  if (dir !== undefined) rmSync(dirname(dir), { recursive: true, force: true });
}
