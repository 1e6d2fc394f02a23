import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PreviewServer, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The served build: the update test edits its sw.js to simulate a new version. */
    distDir: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Builds the production app into its own folder (so parallel runs never share a dist/) and
 * serves it with `vite preview` on a free port for the whole e2e run. E2E_DIST=path reuses a
 * build made just before (CI builds once for the size budget and the tests).
 */
export default async function setup(project: TestProject) {
  const reuse = process.env.E2E_DIST;
  const outDir =
    reuse && existsSync(join(reuse, 'index.html'))
      ? reuse
      : mkdtempSync(join(tmpdir(), 'stt-e2e-'));
  if (outDir !== reuse) {
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      {
        stdio: 'inherit',
        // vitest sets NODE_ENV=test, which would make Vite build a development bundle.
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
  }
  const port = await freePort();
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  project.provide('distDir', outDir);
  return async () => {
    await server.close();
    if (outDir !== reuse) rmSync(outDir, { recursive: true, force: true });
  };
}
