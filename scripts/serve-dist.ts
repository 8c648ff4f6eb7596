/**
 * Serve the built site with the end-to-end tests' static server (tests/e2e/serve.ts) on a free
 * port, for the scripts that look at the real build: screenshots and Lighthouse.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('No free port');
  return address.port;
}

/** Serve dist (or ENTENTE_DIST) under ENTENTE_BASE, the base it was built for. */
export async function serveDist(): Promise<{ url: string; close: () => void }> {
  const port = await freePort();
  const base = (process.env.ENTENTE_BASE ?? '/').replace(/\/?$/u, '/');
  const server = spawn(process.execPath, ['tests/e2e/serve.ts', String(port), base], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}${base}`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await fetch(url).then((response) => response.ok, () => false)) return { url, close: () => server.kill('SIGTERM') };
    await sleep(100);
  }
  server.kill('SIGTERM');
  throw new Error(`The static server did not answer at ${url}`);
}
