import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

// The build ends with the table `npm run budget` prints, so the figures a build shows are the
// ones the budget judges and the README quotes: gzip, in KiB, the precache counted once per
// file. (Vite's own chunk list uses 1000-byte kB; the PWA line counts the precache uncompressed.)

export function sizeReport(): Plugin {
  let outDir = '';
  let root = '';
  let quiet = false;
  return {
    name: 'stt-size-report',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      quiet = (config.logLevel ?? 'info') !== 'info';
    },
    // After the PWA plugin has written sw.js (its closeBundle), whose precache list is measured.
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (quiet) return;
        const budget = spawnSync(process.execPath, [resolve(root, 'scripts/budget.mjs')], {
          env: { ...process.env, DIST: outDir },
          encoding: 'utf8',
        });
        // Over budget is reported, not fatal here: CI's own `npm run budget` step fails.
        console.info(
          `\nsizes, as \`npm run budget\` reports them:\n${budget.stdout}${budget.stderr}`,
        );
      },
    },
  };
}
