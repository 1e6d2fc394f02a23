import type { Plugin } from 'vite';
import { bootScript, PRUNE_SCRIPT, sha256 } from './boot-script.ts';
import { type BootHints, filesFor, LANGUAGES, SCREENS } from './chunk-files.ts';
import { prerenderWelcome } from './prerender.ts';

// What a first visit sees before any JavaScript has arrived, built into index.html:
// - Welcome pre-rendered in both languages (prerender.ts), hidden;
// - the boot script (boot-script.ts) that shows the visitor's copy, applies the theme and
//   starts the language and first screen (chunk-files.ts) next to the entry;
// - the CSP naming both inline scripts by hash.
// The app then adopts the pre-render (src/ui/mount.tsx). See bench/README.md for the figures.

export function firstPaint(): Plugin {
  return {
    name: 'stt-first-paint',
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
