import type { Plugin } from 'vite';
import { cspOf, hostRules } from './rules.ts';
import { headersFile, nginxConf, redirectsFile } from './writers.ts';

// Writes the host's configuration into the build, from the finished index.html, so its CSP
// names the very hashes of this build's inline scripts and stylesheet:
// - `npm run build`: _headers (Netlify, Cloudflare Pages), _redirects (Netlify) and nginx.conf;
// - `npm run build:github-pages` (mode github-pages): GitHub Pages reads no configuration, so
//   404.html, a copy of index.html, is the single-page fallback, and .nojekyll keeps GitHub from
//   dropping files whose name starts with "_". Its limits are in the README (Deploying).

export function hostConfig(): Plugin {
  let githubPages = false;
  return {
    name: 'stt-host-config',
    apply: 'build',
    configResolved(config) {
      githubPages = config.mode === 'github-pages';
    },
    // After Vite has emitted index.html and the first-paint plugin has put its hashes in it.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        // The service worker's own build has no page.
        if (page?.type !== 'asset') return;
        const html = String(page.source);
        const files = githubPages
          ? { '404.html': html, '.nojekyll': '' }
          : (() => {
              const rules = hostRules(cspOf(html));
              return {
                _headers: headersFile(rules),
                _redirects: redirectsFile(),
                'nginx.conf': nginxConf(rules),
              };
            })();
        for (const [fileName, source] of Object.entries(files)) {
          this.emitFile({ type: 'asset', fileName, source });
        }
      },
    },
  };
}
