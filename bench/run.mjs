// npm run bench: the production build in real Chromium at 390x844 with 0, 2,000 and 20,000
// activities over ten years. Times come from the app's own performance marks (src/perf.ts).
// Options: BENCH_RUNS=5, BENCH_OPENS=15, BENCH_SIZES=0,2000,20000, BENCH_SETTLE_MS=5000,
// CHROMIUM_PATH=/usr/bin/chromium.
process.env.NODE_ENV = 'production'; // vitest and friends may have set 'test': force a real build

import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { appBuild, ROOT, servePreview } from './serve.mjs';
import { median, printTable } from './util.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '0,2000,20000').split(',').map(Number);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 5000);
// Opening Today is the figure the two ratio targets judge, and a single open varies by ±15 ms
// with the machine (mostly in the fixed boot): it gets more samples than the rest (cheap ones).
const OPENS = Number(process.env.BENCH_OPENS ?? 15);
const TARGETS = { openVsEmpty: 1.3, openVs2k: 1.2, saveMs: 50, exportMs: 1000, importMs: 2000 };

/** The app's build, plus the bench-only hook in __bench/ (built after, so never precached). */
async function buildAll() {
  const { outDir } = await appBuild(undefined, 'stt-bench-');
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(outDir, '__bench'),
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: join(ROOT, 'bench/loader.ts'), formats: ['es'], fileName: () => 'loader.js' },
    },
  });
  return outDir;
}

const hook = (page) =>
  page.evaluate(async () => {
    if (!globalThis.__sttBench) await import('/__bench/loader.js');
  });

/** Waits for a mark or measure named `name` on the page and returns its entry. */
const entry = (page, name) =>
  page
    .waitForFunction((n) => performance.getEntriesByName(n).at(-1)?.toJSON(), name, {
      timeout: 60_000,
    })
    .then((h) => h.jsonValue());

/**
 * Loads a dataset through the app's restore (validated import); returns its timings. `fresh`:
 * onto an empty database, as on a new phone.
 */
async function importRun(page, count, today, fresh = false, seed = 42) {
  await page.goto('/settings');
  if (fresh) {
    // The app's connection closes itself on versionchange (its 'blocking' handler), so this
    // waits for success only; the app's "reload" banner does not matter, the page is left next.
    await page.evaluate(
      () =>
        new Promise((ok, ko) => {
          const r = indexedDB.deleteDatabase('self-training-tracker');
          r.onsuccess = ok;
          r.onerror = () => ko(r.error);
        }),
    );
  }
  await hook(page);
  const imported = await page.evaluate(
    ([n, day, s]) => globalThis.__sttBench.importJson(globalThis.__sttBench.dataset(n, day, s)),
    [count, today, seed],
  );
  if (imported.activities !== count) throw new Error(`imported ${imported.activities}/${count}`);
  return { importMs: imported.ms, parseMs: imported.parseMs };
}

/** One visit: cold open of Today, heap, save from Today, Progress, a search of the log, export. */
async function openRun(page, cdp) {
  await page.goto('about:blank');
  await page.goto('/');
  const open = (await entry(page, 'stt:today-ready')).startTime;
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');

  await page.getByRole('link', { name: 'Log an activity' }).click();
  await page.getByLabel('Webinar', { exact: true }).check();
  await page.getByLabel('45 min').check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const save = (await entry(page, 'stt:save')).duration;

  await page.evaluate(() => {
    performance.mark('bench:progress-click');
    document.querySelector('nav a[href="/progress"]')?.click();
  });
  const progress =
    (await entry(page, 'stt:progress-ready')).startTime -
    (await entry(page, 'bench:progress-click')).startTime;

  // A search over the whole log: it reads every activity once, then filters and renders the
  // newest 200 matches ("#12" matches about 1,100 of 20,000 titles).
  // The Log tab opens the form; the whole log is its "All activities" link.
  await page.evaluate(() => document.querySelector('nav a[href="/log/new"]')?.click());
  await page.locator('main a[href="/log"]').waitFor();
  await page.evaluate(() => {
    performance.clearMarks('stt:log-ready');
    document.querySelector('main a[href="/log"]')?.click();
  });
  await entry(page, 'stt:log-ready');
  await page.locator('.log-filters summary').click();
  await page.evaluate(() => {
    performance.clearMarks('stt:log-ready');
    performance.mark('bench:search-start');
  });
  await page.fill('#f-q', '#12');
  const search =
    (await entry(page, 'stt:log-ready')).startTime -
    (await entry(page, 'bench:search-start')).startTime;

  await hook(page);
  const exported = await page.evaluate(() => globalThis.__sttBench.exportJson());
  return {
    open,
    progress,
    save,
    search,
    exportMs: exported.ms,
    heapMB: usedSize / 2 ** 20,
    fileMB: exported.bytes / 2 ** 20,
  };
}

/** A cold open of Today alone: ms from navigation start to Today shown with its numbers. */
async function openOnly(page) {
  await page.goto('about:blank');
  await page.goto('/');
  return (await entry(page, 'stt:today-ready')).startTime;
}

/**
 * Per dataset: load it, let IndexedDB settle (a user opens the app days after a restore, not
 * while the browser compacts the 20,000 writes), one unmeasured visit, RUNS measured visits,
 * then RUNS measured imports (each replaces the same data, so it also writes a snapshot).
 */
async function measure(page, cdp, count, today) {
  await importRun(page, count, today);
  await page.goto('about:blank');
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  await openRun(page, cdp);
  const visits = [];
  for (let i = 0; i < RUNS; i++) visits.push(await openRun(page, cdp));
  const opens = visits.map((v) => v.open);
  for (let i = 0; i < OPENS; i++) opens.push(await openOnly(page));
  const imports = [];
  for (let i = 0; i < RUNS; i++) imports.push(await importRun(page, count, today));
  // The worst case for a replace: the same ids with other content (another seed), so every
  // record is rewritten; seeds alternate so each run really changes everything.
  const changed = [];
  for (let i = 0; i < RUNS; i++) {
    changed.push((await importRun(page, count, today, false, i % 2 ? 42 : 43)).importMs);
  }
  const fresh = [];
  for (let i = 0; i < RUNS; i++) fresh.push((await importRun(page, count, today, true)).importMs);
  await importRun(page, count, today); // leave the data for the next size's first replace
  const med = (runs) =>
    Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
  return {
    ...med(visits),
    open: median(opens),
    ...med(imports),
    changedImportMs: median(changed),
    freshImportMs: median(fresh),
  };
}

async function main() {
  console.log(`Building into a temp folder (NODE_ENV=${process.env.NODE_ENV})...`);
  const outDir = await buildAll();
  const server = await servePreview(outDir);
  const profile = mkdtempSync(join(tmpdir(), 'stt-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, '--lang=en-GB'],
    locale: 'en-GB',
    viewport: { width: 390, height: 844 },
    baseURL: server.origin,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    await page.goto('/');
    // A fresh profile: let the service worker take control, as on a phone after the first visit.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cdp = await context.newCDPSession(page);
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    const results = {};
    for (const count of SIZES) {
      results[count] = await measure(page, cdp, count, today);
      console.log(`${count} activities: ${JSON.stringify(results[count])}`);
    }
    report(results);
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

function report(results) {
  const sizes = Object.keys(results).map(Number);
  const cols = [
    ['open', 'Open Today (ms)'],
    ['progress', 'Progress (ms)'],
    ['save', 'Save→visible (ms)'],
    ['search', 'Search all (ms)'],
    ['exportMs', 'Export (ms)'],
    ['importMs', 'Import, replace same (ms)'],
    ['parseMs', '…parse (ms)'],
    ['changedImportMs', 'Import, replace all changed (ms)'],
    ['freshImportMs', 'Import, new phone (ms)'],
    ['heapMB', 'Heap (MB)'],
    ['fileMB', 'File (MB)'],
  ];
  console.log(
    `\nMedians of ${RUNS} runs (Open Today: of ${RUNS + OPENS} opens) after one warm-up visit, Chromium 390x844, load average ${loadavg()[0].toFixed(1)}\n`,
  );
  printTable(
    ['Activities', ...cols.map((c) => c[1])],
    sizes.map((n) => [
      String(n),
      ...cols.map(([k]) => results[n][k].toFixed(k.endsWith('MB') ? 1 : 0)),
    ]),
  );
  const big = results[20000];
  const fails = [];
  if (big) {
    const ratio = (a, b) => (b > 0.5 ? a / b : Number.NaN);
    const rows = [];
    for (const [base, limit] of [
      [0, TARGETS.openVsEmpty],
      [2000, TARGETS.openVs2k],
    ]) {
      if (!results[base]) continue;
      const r = cols.slice(0, 9).map(([k]) => ratio(big[k], results[base][k]));
      rows.push([
        `20k/${base === 0 ? 'empty' : '2k'}`,
        ...r.map((x) => (Number.isNaN(x) ? '–' : `${x.toFixed(2)}x`)),
      ]);
      if (r[0] > limit) fails.push(`open 20k/${base || 'empty'} ${r[0].toFixed(2)}x > ${limit}x`);
    }
    console.log('\nRatios\n');
    printTable(['', ...cols.slice(0, 9).map((c) => c[1])], rows);
    if (big.save > TARGETS.saveMs) fails.push(`save ${big.save.toFixed(0)} ms > ${TARGETS.saveMs}`);
    if (big.exportMs > TARGETS.exportMs) fails.push(`export ${big.exportMs.toFixed(0)} ms`);
    if (big.importMs > TARGETS.importMs) fails.push(`import ${big.importMs.toFixed(0)} ms`);
    if (big.freshImportMs > TARGETS.importMs) {
      fails.push(`import (new phone) ${big.freshImportMs.toFixed(0)} ms`);
    }
  }
  console.log(fails.length ? `\nMissed targets: ${fails.join('; ')}` : '\nAll targets met.');
  // A stress case, printed but not judged: a replace where all 20,000 records differ (no real
  // restore does that; old records do not change) costs two IndexedDB writes per index entry
  // instead of one, plus the snapshot. See bench/README.md.
  if (big && big.changedImportMs > TARGETS.importMs) {
    console.log(
      `Stress case over ${TARGETS.importMs} ms: replace with every record changed, ${big.changedImportMs.toFixed(0)} ms.`,
    );
  }
  process.exitCode = fails.length ? 1 : 0;
}

await main();
