// The production build the bench runners measure, served as it would be deployed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { freePort } from './util.mjs';

export const ROOT = resolve(import.meta.dirname, '..');

/**
 * The folder `given` as it is (an existing build, or a hand-edited one for an experiment), else
 * a fresh production build in a temp folder; `dispose()` removes only the one it made.
 */
export async function appBuild(given, prefix) {
  if (given) return { outDir: resolve(given), dispose: () => {} };
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return { outDir, dispose: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** Serves `outDir` with `vite preview` on a free port of 127.0.0.1. */
export async function servePreview(outDir) {
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
