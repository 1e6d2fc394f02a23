import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { createServer, type Plugin, type Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

import { BOOT_HINT_KEYS } from '../src/state/boot-hints.ts';
import { OPEN_BEFORE_ONBOARDING } from '../src/ui/screens/welcome/paths.ts';

// An inline script at the top of index.html that, before any module loads:
// - applies the mirrored theme, so a dark-mode user never sees a light flash;
// - on a first visit, shows Welcome pre-rendered at build time in the visitor's language (both
//   languages are in the page, hidden), so it is on screen before any JavaScript has arrived;
// - starts downloading the language and the first screen the app is about to need, in the same
//   round of requests as the entry. Without it those requests wait until the entry has arrived
//   and run: on a slow phone network that second round trip is most of the first paint.
// Which files: read from the bundle at build time. The CSP allows the script by its hash.

const ROOT = resolve(import.meta.dirname, '..');

/** Source modules whose chunks (and static imports) are worth fetching before the entry runs. */
const LANGUAGES = {
  en: ['src/i18n/en/index.ts', 'node_modules/date-fns/locale/en-GB.js'],
  it: ['src/i18n/it/index.ts', 'node_modules/date-fns/locale/it.js'],
};
const SCREENS = {
  welcome: ['src/ui/screens/welcome/index.tsx'],
  today: ['src/ui/screens/today/index.tsx'],
};

type Files = Record<string, string[]>;
export interface BootHints {
  lang: Files;
  screen: Files;
}

function chunkOf(bundle: OutputBundle, source: string): OutputChunk | undefined {
  const id = resolve(ROOT, source);
  return Object.values(bundle).find(
    (c): c is OutputChunk => c.type === 'chunk' && Object.keys(c.modules).includes(id),
  );
}

/** The chunks' files, their static imports and their CSS, minus what the entry already loads. */
export function filesFor(bundle: OutputBundle, sources: readonly string[]): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (start: OutputChunk[], into = new Set<string>()) => {
    for (const chunk of start) {
      if (into.has(chunk.fileName)) continue;
      into.add(chunk.fileName);
      closure(
        chunk.imports.map((f) => byFile.get(f)).filter((c): c is OutputChunk => c !== undefined),
        into,
      );
    }
    return into;
  };
  const entry = closure(chunks.filter((c) => c.isEntry));
  const wanted = sources.map((s) => chunkOf(bundle, s));
  if (wanted.some((c) => !c)) throw new Error(`boot hints: no chunk for one of ${sources}`);
  const files = [...closure(wanted as OutputChunk[])].filter((f) => !entry.has(f));
  const css = files.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]);
  return [...files, ...css].map((f) => `/${f}`);
}

/**
 * The script's text: small, no module syntax, nothing that can throw past its try. Welcome is
 * shown only where the app is going to show it: not onboarded, on a path that is not open
 * before onboarding. The hint can be stale (data restored, storage partly cleared): the app
 * decides from IndexedDB, and drops the pre-render if it shows something else (mount.tsx).
 */
export function bootScript(hints: BootHints): string {
  return `(()=>{try{var k=${JSON.stringify(BOOT_HINT_KEYS)},h=${JSON.stringify(hints)},s=localStorage,d=document,t=s.getItem(k.theme);
if(t==='light'||t==='dark')d.documentElement.dataset.theme=t;
var l=s.getItem(k.lang);if(l!=='en'&&l!=='it'){l='en';for(var g of navigator.languages||[navigator.language]){var p=g.toLowerCase().split('-')[0];if(p==='en'||p==='it'){l=p;break}}}
var o=s.getItem(k.onboarded)==='1',a=location.pathname,w=!o&&(a==='/welcome'||${JSON.stringify(OPEN_BEFORE_ONBOARDING)}.indexOf(a)<0);
if(w)d.documentElement.dataset.prerender=l;
var f=(h.lang[l]||[]).concat(h.screen[o?(location.pathname==='/'?'today':''):'welcome']||[]);
for(var u of f){var e=d.createElement('link');if(u.endsWith('.css')){e.rel='preload';e.as='style'}else{e.rel='modulepreload'}e.crossOrigin='';e.href=u;d.head.append(e)}}catch(x){}})()`;
}

export const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Runs right after the pre-rendered copies: keeps only the one the head script chose to show
 * (none for a returning user), so no hidden duplicate of Welcome ever sits in the page.
 */
export const PRUNE_SCRIPT =
  "(()=>{var l=document.documentElement.dataset.prerender;for(var e of document.querySelectorAll('#app>.prerender'))if(e.lang!==l)e.remove()})()";

/**
 * Welcome in each language, rendered with the app's own components (src/ui/prerender.tsx)
 * through a throwaway Vite server in SSR mode. Hidden and inert: the boot script reveals the
 * visitor's language; it can be used once the app has adopted it (src/ui/mount.tsx).
 */
async function prerenderWelcome(): Promise<string> {
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

export function bootHints(): Plugin {
  return {
    name: 'stt-boot-hints',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const bundle = ctx.bundle;
        const hints: BootHints = { lang: {}, screen: {} };
        // The dev server has no bundle: the script then only applies the theme.
        if (bundle) {
          for (const [key, sources] of Object.entries(LANGUAGES)) {
            hints.lang[key] = filesFor(bundle, sources);
          }
          for (const [key, sources] of Object.entries(SCREENS)) {
            hints.screen[key] = filesFor(bundle, sources);
          }
        }
        // The dev server serves index.html without it: Welcome appears when the app runs.
        const prerendered = bundle ? await prerenderWelcome() : '';
        if (!html.includes('<div id="app"></div>')) throw new Error('boot hints: no #app');
        const script = bootScript(hints);
        // After the CSP meta (which applies only to what follows it) and before any module.
        if (!html.includes("script-src 'self'") || !html.includes('<title>')) {
          throw new Error('boot hints: CSP or <title> not found in index.html');
        }
        return html
          .replace(
            "script-src 'self'",
            `script-src 'self' ${sha256(script)}${prerendered ? ` ${sha256(PRUNE_SCRIPT)}` : ''}`,
          )
          .replace('<title>', `<script>${script}</script>\n    <title>`)
          .replace(
            '<div id="app"></div>',
            prerendered
              ? `<div id="app">${prerendered}</div><script>${PRUNE_SCRIPT}</script>`
              : '<div id="app"></div>',
          );
      },
    },
  };
}
