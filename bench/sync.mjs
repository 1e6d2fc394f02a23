// npm run bench:sync: the first sync of 20,000 activities to a new device, beside a restore of
// the same data, and a typical day's rounds, in real Chromium against Debian's Apache mod_dav,
// with a counting proxy in front that sees every request the browser sends (CORS preflights
// too, which a page cannot see) and counts the bytes on the wire both ways.
// Options: SYNC_BENCH_ACTIVITIES=20000, SYNC_BENCH_RUNS=3, CHROMIUM_PATH=/usr/bin/chromium;
// SYNC_BENCH_PROFILE=1 also prints a CPU profile of the restore and of the first sync.
// It prints figures beside the goals; it never fails on them (timing depends on the machine).
process.env.NODE_ENV = 'production';

import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { startCountingProxy } from './count-proxy.mjs';
import { appBuild, ROOT, servePreview } from './serve.mjs';
import { snapshotCycle } from './sync-cycle.mjs';
import { newDevice } from './sync-devices.mjs';
import { median, printTable } from './util.mjs';

const COUNT = Number(process.env.SYNC_BENCH_ACTIVITIES ?? 20000);
const RUNS = Number(process.env.SYNC_BENCH_RUNS ?? 3);
const GOALS = { firstVsRestore: 1.5, dayRequests: 6, dayKB: 10 };
const PASSPHRASE = 'a long bench passphrase';
const DAY_LOGS = 3;

/** The app, the bench hook, and the test server compiled for Node (they are TypeScript). */
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
        minify: process.env.SYNC_BENCH_PROFILE ? false : undefined,
        lib: ssr ? undefined : { entry, formats: ['es'], fileName: () => 'sync-loader.js' },
        rollupOptions: ssr ? { output: { format: 'es', entryFileNames: '[name].mjs' } } : undefined,
      },
    });
  await lib(join(ROOT, 'bench/sync-loader.ts'), join(outDir, '__bench'), false);
  const servers = mkdtempSync(join(tmpdir(), 'stt-sync-bench-servers-'));
  await lib(join(ROOT, 'tests/e2e/webdav-server.ts'), join(servers, 'a'), true);
  return { outDir, servers };
}

const f = (n, d = 0) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
const sum = (log, key) => log.reduce((n, r) => n + r[key], 0);

/** A round's requests in order, files named after their devices, preflights joined to theirs. */
function describe(log, names) {
  const short = (path) => {
    const rest = path.replace(/^\/Self-Training Tracker\/?/, '');
    if (!rest) return '/';
    // `<device>.00000003` (or, in the layout before, `<device>/00000003`)
    const [, device, sep, file] = /^([^./]+)([./]?)(.*)$/.exec(rest) ?? [];
    return `${names[device] ?? device}${sep}${file}`;
  };
  const out = [];
  for (let i = 0; i < log.length; i++) {
    const r = log[i];
    const next = log[i + 1];
    const kb = (...rs) => f(rs.reduce((n, x) => n + x.up + x.down, 0) / 1024, 1);
    if (r.method === 'OPTIONS' && next && next.path === r.path && next.method !== 'OPTIONS') {
      out.push(`OPTIONS+${next.method} ${short(next.path)} (${kb(r, next)} KB)`);
      i++;
    } else out.push(`${r.method} ${short(r.path)} (${kb(r)} KB)`);
  }
  return out.join(', ');
}

async function oneRun(app, today, davModule) {
  const { startApacheDav, DAV_USER, DAV_PASSWORD } = davModule;
  const dav = await startApacheDav();
  const proxy = await startCountingProxy(dav.url);
  const server = { url: proxy.url, user: DAV_USER, password: DAV_PASSWORD };
  const devices = [];
  try {
    const phone = await newDevice(app.origin);
    devices.push(phone);
    await phone.run('restore', COUNT, today);
    const upload = await phone.run('turnOn', server, 'Phone', PASSPHRASE);
    const upKB = sum(proxy.log, 'up') / 1024;

    // The same data restored from a backup file onto a new device, for comparison.
    const other = await newDevice(app.origin);
    const rp = process.env.SYNC_BENCH_PROFILE ? await other.profile() : null;
    const restore = await other.run('restore', COUNT, today);
    if (rp) await rp.stop('the restore');
    await other.close();

    const laptop = await newDevice(app.origin);
    devices.push(laptop);
    proxy.reset();
    const profiler = process.env.SYNC_BENCH_PROFILE ? await laptop.profile() : null;
    const first = await laptop.run('turnOn', server, 'Laptop', PASSPHRASE);
    if (profiler) await profiler.stop('the first sync');
    const got = await laptop.run('activities');
    if (got !== COUNT) throw new Error(`the new device has ${got} of ${COUNT} activities`);
    const firstRun = {
      restoreMs: restore.ms,
      fileMB: restore.bytes / 2 ** 20,
      unlockMs: first.unlockMs,
      roundMs: first.roundMs,
      firstMs: first.unlockMs + first.roundMs,
      downMB: sum(proxy.log, 'down') / 2 ** 20,
      requests: proxy.log.length,
      uploadMs: upload.roundMs,
      upMB: upKB / 1024,
      phases: first.phases,
    };

    const names = {
      [await phone.run('deviceId')]: 'phone',
      [await laptop.run('deviceId')]: 'laptop',
    };
    const round = async (device, what, expectApplied) => {
      proxy.reset();
      const out = await device.run('round');
      if (out.applied < expectApplied) {
        throw new Error(`${what}: applied ${out.applied} of ${expectApplied} changes`);
      }
      const log = [...proxy.log];
      return {
        what,
        ms: out.ms,
        requests: log.length,
        preflights: log.filter((r) => r.method === 'OPTIONS').length,
        kb: (sum(log, 'up') + sum(log, 'down')) / 1024,
        made: describe(log, names),
      };
    };
    // A typical day: both log a few activities; the laptop syncs, the phone, the laptop again.
    // The first day warms up (each device has seen the other's files, the browsers hold the
    // preflights of the folders they read); the second is measured.
    const aDay = async () => {
      await laptop.run('day', DAY_LOGS, today);
      const sends = await round(laptop, `laptop sends its ${DAY_LOGS}`, 0);
      await phone.run('day', DAY_LOGS, today);
      const both = await round(
        phone,
        `phone gets the laptop's ${DAY_LOGS}, sends its ${DAY_LOGS}`,
        DAY_LOGS,
      );
      const gets = await round(laptop, `laptop gets the phone's ${DAY_LOGS}`, DAY_LOGS);
      return [sends, both, gets];
    };
    await aDay();
    const day = await aDay();
    // The next morning: the phone's browser was closed overnight (no preflight cached).
    await laptop.run('day', DAY_LOGS, today);
    await round(laptop, 'laptop sends', 0);
    await phone.reopen();
    await phone.run('day', DAY_LOGS, today);
    day.push(await round(phone, 'the same, the first round after reopening the browser', DAY_LOGS));
    const cycle = { laptop, phone, round, dayLogs: DAY_LOGS, today, dataDir: dav.dataDir };
    day.push(...(await snapshotCycle(cycle)));
    return { firstRun, day };
  } finally {
    for (const d of devices) await d.close();
    await proxy.stop();
    await dav.stop();
  }
}

const mark = (ok) => (ok ? '✓' : '✗');

const SERVER = `
Server: Debian's Apache 2.4 mod_dav (tests/e2e/webdav-server.ts), HTTP/1.1, Basic auth, CORS as
README's set-up asks: a preflight answered at once (204), Access-Control-Allow-Methods,
-Allow-Headers and -Max-Age (600 s) on preflight answers only. Listings are not compressed: a
PROPFIND answer is a 207, which nginx's gzip never compresses and Debian's mod_deflate defaults
did not here. After a browser restart every address is preflighted again: a round that gets and
sends then needs at least 7 requests (a preflight each for the folder, the other device's new
segment and its own), 6 without the restart.
`;

async function main() {
  const { outDir, servers } = await buildAll();
  const davModule = await import(join(servers, 'a', 'webdav-server.mjs'));
  const app = await servePreview(outDir);
  const today = new Date().toISOString().slice(0, 10);
  const runs = [];
  try {
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(app, today, davModule));
  } finally {
    await app.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(servers, { recursive: true, force: true });
  }
  const rows = runs.map((r) => r.firstRun);
  const med = (list, key) => median(list.map((r) => r[key]));
  console.log(
    `\nFirst sync of ${f(COUNT)} activities to a new device (medians of ${RUNS}; load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})\n`,
  );
  const ratio = med(rows, 'firstMs') / med(rows, 'restoreMs');
  printTable(
    [
      'Restore from a backup (ms)',
      'Backup file (MB)',
      'First sync (ms)',
      'vs restore',
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
        `${ratio.toFixed(2)}x ${mark(ratio <= GOALS.firstVsRestore)} (goal ≤ ${GOALS.firstVsRestore}x)`,
        f(med(rows, 'unlockMs')),
        f(med(rows, 'downMB'), 2),
        f(med(rows, 'requests')),
        f(med(rows, 'uploadMs')),
        f(med(rows, 'upMB'), 2),
      ],
    ],
  );
  const phaseNames = [...new Set(rows.flatMap((r) => Object.keys(r.phases)))];
  const phaseRows = phaseNames.map((name) => [
    name,
    f(median(rows.map((r) => r.phases[name] ?? 0))),
  ]);
  const accounted = rows.map((r) => r.roundMs - Object.values(r.phases).reduce((a, b) => a + b, 0));
  phaseRows.push(['other (safety snapshot, progress, clocks)', f(median(accounted))]);
  console.log(
    "\nWhere the first sync's round goes (medians, ms; the passphrase comes before it)\n",
  );
  printTable(['Part', 'ms'], phaseRows);

  console.log(
    `\nA typical day: each device logs ${DAY_LOGS} activities and syncs (medians of ${RUNS}; bytes on the wire, both ways, preflights included)`,
  );
  console.log(SERVER);
  const dayRows = runs[0].day.map((d, i) => {
    const of = (key) => median(runs.map((r) => r.day[i][key]));
    const requests = of('requests');
    const kb = of('kb');
    return [
      d.what,
      f(of('ms')),
      `${f(requests)} ${mark(requests <= GOALS.dayRequests)}`,
      f(of('preflights')),
      `${f(kb, 1)} ${mark(kb <= GOALS.dayKB)}`,
    ];
  });
  printTable(
    [
      'Round',
      'Time (ms)',
      `Requests (goal ≤ ${GOALS.dayRequests})`,
      '…of which preflights',
      `KB (goal ≤ ${GOALS.dayKB})`,
    ],
    dayRows,
  );
  console.log('\nWhat each round sends (the first run):');
  for (const d of runs[0].day) console.log(`- ${d.what}: ${d.made}`);
}

await main();
