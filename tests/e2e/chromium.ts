/**
 * The Chromium that tests, screenshots and Lighthouse run: Playwright's own where it is installed
 * (a developer laptop after `npx playwright install`), otherwise a system Chromium (Debian's
 * `apt-get install chromium`, or CHROMIUM_PATH).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Flags for a headless Chromium in a container: no sandbox, GPU or background traffic. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The path of the Chromium to run, or `undefined` when none is installed. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, chromium.executablePath(), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}

/** For Playwright's `executablePath`: `undefined` when Playwright's own Chromium will do. */
export function chromiumExecutable(): string | undefined {
  const found = chromiumPath();
  return found === chromium.executablePath() ? undefined : found;
}
