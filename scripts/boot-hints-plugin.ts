import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

import { BOOT_HINT_KEYS } from '../src/state/boot-hints.ts';

// An inline script at the top of index.html that, before any module loads:
// - applies the mirrored theme, so a dark-mode user never sees a light flash;
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

/** The script's text: small, no module syntax, nothing that can throw past its try. */
export function bootScript(hints: BootHints): string {
  return `(()=>{try{var k=${JSON.stringify(BOOT_HINT_KEYS)},h=${JSON.stringify(hints)},s=localStorage,d=document,t=s.getItem(k.theme);
if(t==='light'||t==='dark')d.documentElement.dataset.theme=t;
var l=s.getItem(k.lang);if(l!=='en'&&l!=='it'){l='en';for(var g of navigator.languages||[navigator.language]){var p=g.toLowerCase().split('-')[0];if(p==='en'||p==='it'){l=p;break}}}
var f=(h.lang[l]||[]).concat(h.screen[s.getItem(k.onboarded)==='1'?(location.pathname==='/'?'today':''):'welcome']||[]);
for(var u of f){var e=d.createElement('link');if(u.endsWith('.css')){e.rel='preload';e.as='style'}else{e.rel='modulepreload'}e.crossOrigin='';e.href=u;d.head.append(e)}}catch(x){}})()`;
}

export const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function bootHints(): Plugin {
  return {
    name: 'stt-boot-hints',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
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
        const script = bootScript(hints);
        // After the CSP meta (which applies only to what follows it) and before any module.
        if (!html.includes("script-src 'self'") || !html.includes('<title>')) {
          throw new Error('boot hints: CSP or <title> not found in index.html');
        }
        return html
          .replace("script-src 'self'", `script-src 'self' ${sha256(script)}`)
          .replace('<title>', `<script>${script}</script>\n    <title>`);
      },
    },
  };
}
