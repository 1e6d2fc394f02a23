import type { Rollup } from 'vite';

// The global stylesheet (3 KB gzip) goes inside index.html: a first visit's paint then waits
// for the HTML alone, not for a second request. Screens' own CSS stays in files, loaded with
// their chunks.

const STYLESHEET_TAG = /<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/;

/** Inlines the global stylesheet (3 KB gzip) and drops its file. */
export function inlineStylesheet(
  html: string,
  bundle: Rollup.OutputBundle,
): [string, string, string] {
  const [tag, file] = STYLESHEET_TAG.exec(html) ?? [];
  const asset = file ? bundle[file] : undefined;
  if (!tag || !file || asset?.type !== 'asset') {
    throw new Error('first paint: no global stylesheet');
  }
  const css = String(asset.source).trim();
  delete bundle[file];
  return [html.replace(tag, `<style>${css}</style>`), css, file];
}

/**
 * Lazy chunks that import from the entry list the entry's CSS among the files to load with
 * them (Vite's preload map), and would fetch it: point those at the entry, which is loaded.
 */
export function forgetStylesheet(bundle: Rollup.OutputBundle, css: string, entry: string) {
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk') continue;
    chunk.code = chunk.code.replaceAll(JSON.stringify(css), JSON.stringify(entry));
    if (chunk.code.includes(css)) throw new Error(`first paint: ${chunk.fileName} loads ${css}`);
  }
}
