/**
 * Serve the built `dist/` the way a plain static host does, with http-server (no caching, its
 * directory redirects, the site's `404.html` with status 404), at the root or under a sub-path.
 *
 *   node tests/e2e/serve.ts PORT [BASE]
 *
 * ENTENTE_DIST serves another build folder than `dist/` (a build made with `astro build --outDir`).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [port = '4329', base = '/'] = process.argv.slice(2);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, process.env.ENTENTE_DIST ?? 'dist');

/** Under a sub-path the host's root holds only the site's folder, as on a GitHub project page. */
function documentRoot(): string {
  const path = base.replace(/^\/+|\/+$/gu, '');
  if (path === '') return dist;
  const hostRoot = mkdtempSync(join(tmpdir(), 'entente-host-'));
  mkdirSync(dirname(join(hostRoot, path)), { recursive: true });
  symlinkSync(dist, join(hostRoot, path), 'dir');
  cpSync(join(dist, '404.html'), join(hostRoot, '404.html'));
  return hostRoot;
}

const server = spawn(
  process.execPath,
  [join(root, 'node_modules/http-server/bin/http-server'), documentRoot(), '-c-1', '-a', '127.0.0.1', '-p', port, '--silent'],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
