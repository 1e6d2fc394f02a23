// npm run bench:sync: the first sync of 20,000 activities to a new device, beside a restore of
// the same data, and a typical day's sync, in real Chromium against Debian's Apache mod_dav
// (with a counting proxy in front, to see every request the browser sends, preflights too).
// Options: SYNC_BENCH_ACTIVITIES=20000, SYNC_BENCH_RUNS=3, CHROMIUM_PATH=/usr/bin/chromium.
process.env.NODE_ENV = 'production';

import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { appBuild, ROOT, servePreview } from './serve.mjs';
import { median, printTable } from './util.mjs';

const COUNT = Number(process.env.SYNC_BENCH_ACTIVITIES ?? 20000);
const RUNS = Number(process.env.SYNC_BENCH_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
const GOALS = { firstVsRestore: 1.5, dayRequests: 6, dayBytes: 10 * 1024 };
const PASSPHRASE = 'a long bench passphrase';

/** The app, the bench hook, and the test servers compiled for Node (they are TypeScript). */
async function buildAll() {
  const { outDir } = await appBuild(undefined, 'stt-sync-bench-');
  const lib = (entry, out, ssr) =>
    build({
      root: ROOT,
      configFile: false,
      logLevel: 'warn',
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: out,
        emptyOutDir: true,
        target: ssr ? 'node20' : 'es2022',
        ssr: ssr ? entry : undefined,
        lib: ssr ? undefined : { entry, formats: ['es'], fileName: () => 'sync-loader.js' },
        rollupOptions: ssr ? { output: { format: 'es', entryFileNames: '[name].mjs' } } : undefined,
      },
    });
  await lib(join(ROOT, 'bench/sync-loader.ts'), join(outDir, '__bench'), false);
  const servers = mkdtempSync(join(tmpdir(), 'stt-sync-bench-servers-'));
  await lib(join(ROOT, 'tests/e2e/webdav-server.ts'), join(servers, 'a'), true);
  await lib(join(ROOT, 'tests/e2e/fault-proxy.ts'), join(servers, 'b'), true);
  return { outDir, servers };
}

const hook = (page) =>
  page.evaluate(async () => {
    if (!globalThis.__sttSyncBench) await import('/__bench/sync-loader.js');
  });

/** A fresh device: its own profile, the app open, the hook loaded, its requests counted. */
async function newDevice(origin, davOrigin) {
  const dir = mkdtempSync(join(tmpdir(), 'stt-sync-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 390, height: 844 },
    baseURL: origin,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const traffic = { requests: 0, down: 0, up: 0 };
  page.on('requestfinished', async (request) => {
    if (!request.url().startsWith(davOrigin)) return;
    const sizes = await request.sizes().catch(() => null);
    traffic.requests++;
    if (sizes) {
      traffic.down += sizes.responseBodySize + sizes.responseHeadersSize;
      traffic.up += sizes.requestBodySize + sizes.requestHeadersSize;
    }
  });
  await page.goto('/settings');
  await hook(page);
  const run = (name, ...args) =>
    page.evaluate(([n, a]) => globalThis.__sttSyncBench[n](...a), [name, args]);
  const reset = () => Object.assign(traffic, { requests: 0, down: 0, up: 0 });
  return {
    page,
    traffic,
    run,
    reset,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const { outDir, servers } = await buildAll();
  const { startApacheDav, DAV_USER, DAV_PASSWORD } = await import(
    join(servers, 'a', 'webdav-server.mjs')
  );
  const { startFaultProxy } = await import(join(servers, 'b', 'fault-proxy.mjs'));
  const app = await servePreview(outDir);
  const today = new Date().toISOString().slice(0, 10);
  const rows = [];
  const days = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const dav = await startApacheDav();
      const proxy = await startFaultProxy(dav.url);
      const server = { url: proxy.url, user: DAV_USER, password: DAV_PASSWORD };
      const davOrigin = new URL(proxy.url).origin;
      const phone = await newDevice(app.origin, davOrigin);
      await phone.run('restore', COUNT, today);
      const upload = await phone.run('turnOn', server, 'Phone', PASSPHRASE);
      const uploaded = phone.traffic.up;

      // The same data restored from a backup file onto a new device, for comparison.
      const other = await newDevice(app.origin, davOrigin);
      const restore = await other.run('restore', COUNT, today);
      await other.close();

      const laptop = await newDevice(app.origin, davOrigin);
      const first = await laptop.run('turnOn', server, 'Laptop', PASSPHRASE);
      const got = await laptop.run('activities');
      if (got !== COUNT) throw new Error(`the new device has ${got} of ${COUNT} activities`);
      rows.push({
        restoreMs: restore.ms,
        fileMB: restore.bytes / 2 ** 20,
        unlockMs: first.unlockMs,
        firstMs: first.unlockMs + first.roundMs,
        downMB: laptop.traffic.down / 2 ** 20,
        requests: laptop.traffic.requests,
        uploadMs: upload.roundMs,
        upMB: uploaded / 2 ** 20,
      });

      // A typical day: the phone logs 3 activities and syncs; the laptop syncs once.
      await phone.run('day', 3, today);
      phone.reset();
      proxy.reset();
      const push = await phone.run('round');
      const pushReq = proxy.log.length;
      const pushTraffic = { ...phone.traffic };
      laptop.reset();
      proxy.reset();
      const pull = await laptop.run('round');
      if (pull.applied < 3) throw new Error(`the laptop applied ${pull.applied} of 3 changes`);
      days.push({
        pushMs: push.ms,
        pushApp: pushTraffic.requests,
        pushAll: pushReq,
        pushKB: (pushTraffic.down + pushTraffic.up) / 1024,
        pullMs: pull.ms,
        pullApp: laptop.traffic.requests,
        pullAll: proxy.log.length,
        pullKB: (laptop.traffic.down + laptop.traffic.up) / 1024,
      });
      await Promise.all([phone.close(), laptop.close()]);
      await proxy.stop();
      await dav.stop();
    }
  } finally {
    await app.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(servers, { recursive: true, force: true });
  }
  const med = (list, key) => median(list.map((r) => r[key]));
  const f = (n, d = 0) =>
    n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
  console.log(
    `\nFirst sync of ${f(COUNT)} activities to a new device (medians of ${RUNS}; load ${loadavg()[0].toFixed(1)})\n`,
  );
  printTable(
    [
      'Restore from a backup (ms)',
      'Backup file (MB)',
      'First sync (ms)',
      '…of which passphrase (ms)',
      'Downloaded (MB)',
      'Requests',
      'First upload (ms)',
      'Uploaded (MB)',
    ],
    [
      [
        f(med(rows, 'restoreMs')),
        f(med(rows, 'fileMB'), 1),
        f(med(rows, 'firstMs')),
        f(med(rows, 'unlockMs')),
        f(med(rows, 'downMB'), 2),
        f(med(rows, 'requests')),
        f(med(rows, 'uploadMs')),
        f(med(rows, 'upMB'), 2),
      ],
    ],
  );
  console.log(
    '\nA typical day (3 activities logged on the phone, then one round on each device)\n',
  );
  printTable(
    ['Round', 'Time (ms)', 'App requests', 'With CORS preflights', 'Bytes (KB, both ways)'],
    [
      [
        'phone sends',
        f(med(days, 'pushMs')),
        f(med(days, 'pushApp')),
        f(med(days, 'pushAll')),
        f(med(days, 'pushKB'), 1),
      ],
      [
        'laptop receives',
        f(med(days, 'pullMs')),
        f(med(days, 'pullApp')),
        f(med(days, 'pullAll')),
        f(med(days, 'pullKB'), 1),
      ],
    ],
  );
  const ratio = med(rows, 'firstMs') / med(rows, 'restoreMs');
  const dayReq = Math.max(med(days, 'pushApp'), med(days, 'pullApp'));
  const dayBytes = Math.max(med(days, 'pushKB'), med(days, 'pullKB')) * 1024;
  const checks = [
    [
      `first sync ${ratio.toFixed(2)}x the restore`,
      ratio <= GOALS.firstVsRestore,
      `≤ ${GOALS.firstVsRestore}x`,
    ],
    [`a day's round: ${dayReq} requests`, dayReq <= GOALS.dayRequests, `≤ ${GOALS.dayRequests}`],
    [`a day's round: ${f(dayBytes / 1024, 1)} KB`, dayBytes <= GOALS.dayBytes, '≤ 10 KB'],
  ];
  console.log('');
  for (const [what, ok, goal] of checks) console.log(`${ok ? '✓' : '✗'} ${what} (goal ${goal})`);
  process.exitCode = checks.every((c) => c[1]) ? 0 : 1;
}

await main();
