// npm run budget (after `npm run build`): gzip sizes of everything a first visit fetches before
// Welcome works, all CSS, and the service worker's precache. Exits 1 when a budget is exceeded.
// Reads dist/index.html, dist/.vite/manifest.json (build.manifest), dist/.vite/boot-hints.json
// (what the boot script in index.html starts, written by scripts/first-paint/) and dist/sw.js.
// DIST=path checks another build folder.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(process.env.DIST ?? 'dist');
const KB = 1024;
// CSS 9.5 KiB (was 8): reflow at 320 px and 200% text, the laptop rail, HTML charts with
// month, weekday and date labels (ux-layout, issue 11) cost about 1 KiB.
// Sync 12 KiB (issue 14): what turning sync on loads, one lazy chunk with no client library.
const BUDGET = { firstVisitJs: 25 * KB, css: 9.5 * KB, precache: 300 * KB, sync: 12 * KB };

const read = (file) => readFileSync(join(DIST, file));
const gz = (file) => gzipSync(read(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KiB`;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`No build in ${DIST}: run \`npm run build\` first.`);
  process.exit(2);
}
const manifestPath = join(DIST, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error('No .vite/manifest.json: build.manifest must be true in vite.config.ts.');
  process.exit(2);
}
/** @type {Record<string, {file: string, isEntry?: boolean, imports?: string[], css?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/** The chunk's file and every chunk it imports statically (what the browser fetches with it). */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}
const keyOf = (suffix) => Object.keys(manifest).find((k) => k.endsWith(suffix));
const sum = (files, except = new Set()) =>
  [...files].filter((f) => f.endsWith('.js') && !except.has(f)).reduce((n, f) => n + gz(f), 0);

// The entry (index.html's module, started by its boot script) plus its static imports.
const html = read('index.html').toString();
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));
if (!entryKey) throw new Error('no index.html entry in the manifest');
const entryFile = manifest[entryKey].file;
if (!html.includes(`"/${entryFile}"`)) throw new Error(`index.html does not start ${entryFile}`);
const first = closure(entryKey);

// What a first visit fetches before Welcome works: what the boot script starts for Welcome (the
// entry, its imports, Welcome's part of the language, Welcome), as the build wrote it down. The
// app fetches nothing else before Welcome is usable (tests/e2e/first-run.test.ts checks it in
// Chromium); the rest of the language and the self-assessment follow in the background.
const hintsPath = join(DIST, '.vite/boot-hints.json');
if (!existsSync(hintsPath)) {
  console.error('No .vite/boot-hints.json: the first-paint plugin (vite.config.ts) writes it.');
  process.exit(2);
}
/** @type {{entry: string, modules: string[], lang: Record<string, string[]>, firstLang: Record<string, string[]>, screen: Record<string, string[]>}} */
const hints = JSON.parse(readFileSync(hintsPath, 'utf8'));
if (hints.entry !== `/${entryFile}`)
  throw new Error(`boot hints start ${hints.entry}, not ${entryFile}`);
for (const file of first) {
  if (file !== entryFile && !hints.modules.includes(`/${file}`)) {
    throw new Error(`the boot script does not start ${file}, which the entry imports`);
  }
}
const local = (url) => url.replace(/^\//, '');
const firstVisit = (lang) => [
  ...new Set(
    [hints.entry, ...hints.modules, ...(hints.firstLang[lang] ?? []), ...hints.screen.welcome]
      .map(local)
      .filter((f) => f.endsWith('.js')),
  ),
];
const visits = Object.keys(hints.firstLang).map((lang) => {
  const files = firstVisit(lang);
  return { lang, files, bytes: sum(files) };
});

const langChunks = (lang, locale) => {
  const files = new Set();
  for (const suffix of [`src/i18n/${lang}/index.ts`, `date-fns/locale/${locale}.js`]) {
    const key = keyOf(suffix);
    if (key) closure(key, files);
  }
  return files;
};
const en = langChunks('en', 'en-GB');
const it = langChunks('it', 'it');
const todayKey = keyOf('src/ui/screens/today/index.tsx');
const today = todayKey ? closure(todayKey) : new Set();

// Sync: the lazy chunks of src/data/sync/ and src/state/sync* with what they import, beyond the
// first load (nothing of it may be in the first load: then it is not lazy, and counted there).
const syncKeys = Object.keys(manifest).filter((k) => /^src\/(data\/sync\/|state\/sync)/.test(k));
const syncFiles = new Set();
for (const key of syncKeys) closure(key, syncFiles);
// Sync runs only for a person who uses the app: beyond what Today already loaded (the built-in
// catalog, the change hook every write uses), which a sync module merely shares.
const syncJs = sum(syncFiles, new Set([...first, ...today]));

const firstJs = sum(first);
const enJs = sum(en, first);
const itJs = sum(it, first);
const todayJs = sum(today, new Set([...first, ...en]));

const assets = readdirSync(join(DIST, 'assets'));
// The global stylesheet is inlined in index.html (scripts/first-paint/); screens add their own.
const inlineCss = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]).join('');
const css =
  gzipSync(inlineCss, { level: 9 }).length +
  assets.filter((f) => f.endsWith('.css')).reduce((n, f) => n + gz(`assets/${f}`), 0);

// Workbox injects [{url, revision}, ...] into sw.js: every listed file is downloaded at install.
const sw = read('sw.js').toString();
const urls = new Set([...sw.matchAll(/"?url"?:\s*"([^"]+)"/g)].map((m) => m[1]));
let precacheRaw = 0;
let precacheGz = 0;
for (const url of urls) {
  const file = url.replace(/^\//, '');
  if (!existsSync(join(DIST, file))) continue;
  precacheRaw += statSync(join(DIST, file)).size;
  precacheGz += gz(file);
}

const rows = [
  ...visits.map((v) => [
    `First visit, ${v.lang}: JS before Welcome works (${v.files.length} files)`,
    v.bytes,
    BUDGET.firstVisitJs,
  ]),
  ['Entry + static imports (in every visit)', firstJs, null],
  ['Language chunk, en (messages + date-fns locale)', enJs, null],
  ['Language chunk, it', itJs, null],
  ['Today route chunk(s)', todayJs, null],
  ['Returning visit, Today (entry + en + Today)', firstJs + enJs + todayJs, null],
  ...(syncKeys.length
    ? [[`Sync, lazy (${syncKeys.length} entries: what turning sync on loads)`, syncJs, BUDGET.sync]]
    : []),
  ['CSS, all (inline in index.html + files)', css, BUDGET.css],
  [`Precache, ${urls.size} files (gzip, as transferred)`, precacheGz, BUDGET.precache],
  [`Precache, the same ${urls.size} files uncompressed (on disk)`, precacheRaw, null],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`| ${'What'.padEnd(width)} | gzip/size | budget    | ok |`);
console.log(`|${'-'.repeat(width + 2)}|-----------|-----------|----|`);
let over = 0;
for (const [label, bytes, budget] of rows) {
  const ok = budget === null || bytes <= budget;
  if (!ok) over++;
  const b = budget === null ? '' : kb(budget);
  console.log(
    `| ${label.padEnd(width)} | ${kb(bytes).padStart(9)} | ${b.padStart(9)} | ${budget === null ? '  ' : ok ? 'ok' : '!!'} |`,
  );
}
if (!syncKeys.length) console.log('\nSync: no lazy sync chunk in this build yet.');
const syncInFirst = syncKeys.map((k) => manifest[k].file).filter((f) => first.has(f));
if (syncInFirst.length) {
  console.error(`\nSync code is in the first load (${syncInFirst.join(', ')}): load it lazily.`);
  over++;
}
for (const v of visits) {
  console.log(`\nFirst visit (${v.lang}), fetched before Welcome works:`);
  for (const f of v.files) console.log(`  ${kb(gz(f)).padStart(8)}  ${f}`);
}
if (over) {
  console.error(`\n${over} budget(s) exceeded.`);
  process.exit(1);
}
console.log('\nAll budgets met.');
