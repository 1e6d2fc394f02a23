import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

/**
 * tests/e2e/sync-page-entry.ts bundled as one script that defines `globalThis.sttSync`, for
 * page.evaluate in a page of the built app (evaluated through the DevTools protocol, so the
 * app's script-src policy is kept and its connect-src policy applies to the requests).
 */
export async function syncBundleForPage(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(__dirname, 'sync-page-entry.ts'),
        formats: ['iife'],
        name: 'sttSync',
        fileName: 'sync',
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('sync bundle: no chunk');
  return chunk.code;
}
