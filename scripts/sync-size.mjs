// node scripts/sync-size.mjs: the gzip size of the sync code, bundled and minified the way the
// app's build does, before the app loads it as a lazy chunk (which `npm run budget` then
// measures in the real build). Prints every module of src/data/sync/ together (everything
// sync loads: the remote side, crypto, the engine) and groups; what they import() later (valibot
// to read a keyring) is shown apart, as the app fetches it on demand and shares it.
// Exits 1 over the 12 KiB budget of issue 14.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const KB = 1024;
const BUDGET = 12 * KB;
const dir = resolve(import.meta.dirname, '../src/data/sync');
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort();

/** Minified ES bundle of `files` (every export kept, as a lazy chunk would), gzip -9 bytes. */
async function gzipOf(files) {
  const entry = files
    .map((f, i) => `export * as m${i} from ${JSON.stringify(join(dir, f))};`)
    .join('\n');
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    plugins: [
      {
        name: 'sync-entry',
        enforce: 'pre',
        // Vite hands the lib entry over as a path under the root.
        resolveId: (id) => (id.endsWith('virtual-sync-entry.js') ? '\0sync-entry' : null),
        load: (id) => (id === '\0sync-entry' ? entry : null),
      },
    ],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: 'virtual-sync-entry.js', formats: ['es'], fileName: 'sync' },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((o) => o.output)
    .filter((o) => o.type === 'chunk');
  const size = (list) => {
    const code = list.map((c) => c.code).join('');
    return { raw: code.length, gz: code ? gzipSync(code, { level: 9 }).length : 0 };
  };
  // What a dynamic import() inside sync loads later (valibot, to read a keyring) is apart.
  const later = size(chunks.filter((c) => !c.isEntry));
  return { ...size(chunks.filter((c) => c.isEntry)), later };
}

const groups = [
  ['All of src/data/sync/ (the whole sync chunk)', all],
  [
    'Remote side: remote, webdav, diagnose',
    all.filter((f) => /^(remote|webdav|xml|diagnose)/.test(f)),
  ],
  ['Crypto: crypto, keyring-format, bytes', ['crypto.ts', 'keyring-format.ts', 'bytes.ts']],
];
let over = false;
console.log('| What | files | minified | gzip | budget | loaded on demand, gzip |');
console.log('|---|---|---|---|---|---|');
for (const [label, files] of groups) {
  const { raw, gz, later } = await gzipOf(files);
  const budget = label.startsWith('All') ? BUDGET : null;
  if (budget && gz > budget) over = true;
  console.log(
    `| ${label} | ${files.length} | ${(raw / KB).toFixed(1)} KiB | ${(gz / KB).toFixed(1)} KiB | ${budget ? `${budget / KB} KiB ${gz > budget ? '!!' : 'ok'}` : ''} | ${(later.gz / KB).toFixed(1)} KiB |`,
  );
}
console.log(`\nModules: ${all.join(', ')}`);
if (over) {
  console.error('The sync code is over its 12 KiB budget.');
  process.exit(1);
}
