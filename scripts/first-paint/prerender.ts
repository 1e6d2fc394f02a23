import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { createServer } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Welcome in each language, rendered with the app's own components (src/ui/prerender.tsx)
 * through a throwaway Vite server in SSR mode. Hidden and inert: the boot script reveals the
 * visitor's language; it can be used once the app has adopted it (src/ui/mount.tsx).
 */
export async function prerenderWelcome(): Promise<string> {
  const server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  });
  try {
    const { prerenderWelcome: render } = (await server.ssrLoadModule('/src/ui/prerender.tsx')) as {
      prerenderWelcome: (lang: 'en' | 'it') => Promise<string>;
    };
    let html = '';
    for (const lang of ['en', 'it'] as const) {
      html += `<div class="prerender" lang="${lang}" hidden inert>${await render(lang)}</div>`;
    }
    return html;
  } finally {
    await server.close();
  }
}
