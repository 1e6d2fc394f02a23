import type { Plugin } from 'vite';
import { bootScript, PRUNE_SCRIPT, sha256 } from './boot-script.ts';
import {
  type BootHints,
  FIRST_LANGUAGES,
  filesByKey,
  firstScreen,
  LANGUAGES,
  SCREENS,
} from './chunk-files.ts';
import { markCalledOnLoad } from './compile-hints.ts';
import { forgetStylesheet, inlineStylesheet } from './inline-stylesheet.ts';
import { prerenderWelcome } from './prerender.ts';

// What a first visit sees before any JavaScript has arrived, built into index.html:
// - Welcome pre-rendered in both languages (prerender.ts), hidden;
// - the global stylesheet inlined, so that paint waits for the HTML alone;
// - the boot script (boot-script.ts) that shows the visitor's copy, applies the theme and starts
//   the entry, its imports, the language and the first screen (chunk-files.ts) together;
// - the CSP naming the inline scripts and the style by hash;
// - the first screen's chunks marked for eager compilation (compile-hints.ts).
// The app then adopts the pre-render (src/ui/mount.tsx). See bench/README.md for the figures.

const ENTRY_TAG = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULEPRELOAD_TAG = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/** Moves the entry's tags into the boot script's hands: it decides when they start. */
function takeEntry(html: string, hints: BootHints): string {
  const entry = ENTRY_TAG.exec(html);
  if (!entry) throw new Error('first paint: no entry <script type="module"> in index.html');
  hints.entry = entry[1];
  hints.modules = [...html.matchAll(MODULEPRELOAD_TAG)].map((m) => m[1] ?? '');
  return html.replace(entry[0], '').replace(MODULEPRELOAD_TAG, '');
}

export function firstPaint(): Plugin {
  // Set by transformIndexHtml (which Vite runs in its own generateBundle, before ours).
  let built: { css: string; entry: string; firstScreen: string[]; hints: BootHints } | undefined;
  return {
    name: 'stt-first-paint',
    // After Vite's own generateBundle edits (it prepends a dependency map to some chunks): the
    // hint must be the file's first line.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (!built) return;
        forgetStylesheet(bundle, built.css, built.entry);
        markCalledOnLoad(bundle, built.firstScreen);
        // What the boot script starts, for the size budget (scripts/budget.mjs): the budget
        // counts what a first visit really fetches, not a list kept by hand.
        this.emitFile({
          type: 'asset',
          fileName: '.vite/boot-hints.json',
          source: `${JSON.stringify(built.hints, null, 2)}\n`,
        });
      },
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const bundle = ctx.bundle;
        const hints: BootHints = { modules: [], lang: {}, firstLang: {}, screen: {} };
        let css = '';
        // The dev server has no bundle: index.html keeps its tags, the script applies the theme.
        if (bundle) {
          hints.lang = filesByKey(bundle, LANGUAGES);
          hints.firstLang = filesByKey(bundle, FIRST_LANGUAGES);
          hints.screen = filesByKey(bundle, SCREENS);
          html = takeEntry(html, hints);
          let file: string;
          [html, css, file] = inlineStylesheet(html, bundle);
          built = {
            css: file,
            entry: (hints.entry ?? '').slice(1),
            firstScreen: firstScreen(hints),
            hints,
          };
        }
        // The dev server serves index.html without it: Welcome appears when the app runs.
        const prerendered = bundle ? await prerenderWelcome() : '';
        if (!html.includes('<div id="app"></div>')) throw new Error('first paint: no #app');
        const script = bootScript(hints);
        // After the CSP meta (which applies only to what follows it) and before any module.
        if (!html.includes("script-src 'self'") || !html.includes('<title>')) {
          throw new Error('first paint: CSP or <title> not found in index.html');
        }
        return html
          .replace(
            "script-src 'self'",
            `script-src 'self' ${sha256(script)}${prerendered ? ` ${sha256(PRUNE_SCRIPT)}` : ''}`,
          )
          .replace("style-src 'self'", `style-src 'self'${css ? ` ${sha256(css)}` : ''}`)
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
