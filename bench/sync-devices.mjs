// The bench's browsers: one persistent Chromium profile per device, the app open and the bench
// hook loaded; a device can be reopened (its browser restarted on the same profile) and profiled.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Starts Chromium's sampling profiler; stop(what) prints the top functions by self time. */
async function cpuProfile(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop(what) {
      const { profile } = await cdp.send('Profiler.stop');
      const byNode = new Map(profile.nodes.map((n) => [n.id, 0]));
      profile.samples.forEach((id, i) => {
        byNode.set(id, byNode.get(id) + (profile.timeDeltas[i] ?? 0));
      });
      const self = new Map();
      for (const n of profile.nodes) {
        const c = n.callFrame;
        const key = `${c.functionName || '(anonymous)'} ${c.url.split('/').pop()}:${c.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + byNode.get(n.id));
      }
      console.log(`\nCPU profile of ${what}, by self time:`);
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
      for (const [k, us] of top) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
    },
  };
}

/**
 * A device: its own browser profile with the app open and the hook loaded. `reopen()` closes
 * the browser and starts it again on the same profile: the data stays, the browser's memory
 * (its cache of CORS preflights) does not, as when a phone reopens the app in the morning.
 */
export async function newDevice(origin) {
  const dir = mkdtempSync(join(tmpdir(), 'stt-sync-bench-profile-'));
  let context;
  let page;
  const open = async () => {
    context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 390, height: 844 },
      baseURL: origin,
    });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/settings');
    await page.evaluate(async () => {
      if (!globalThis.__sttSyncBench) await import('/__bench/sync-loader.js');
    });
  };
  await open();
  return {
    run: (name, ...args) =>
      page.evaluate(([n, a]) => globalThis.__sttSyncBench[n](...a), [name, args]),
    /** A CPU profile of what follows, until stop(what). */
    profile: () => cpuProfile(context, page),
    async reopen() {
      await context.close();
      await open();
    },
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
