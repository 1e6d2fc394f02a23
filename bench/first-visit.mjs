// npm run bench:first-visit: a first visit in real time on a throttled phone (Chromium's own
// throttling: slow 4G, 150 ms round trips, 1.6 Mbit/s down; CPU 4x slower), fresh profile each
// run. Lighthouse's figures are simulated; these are lived, and they add the moment that matters
// after the paint: when the app has taken over the pre-rendered Welcome and a tap works.
// Options: RUNS=5, DIST=path (measure that build instead of building one; compare two builds by
// running it twice), CHROMIUM_PATH=/usr/bin/chromium.
process.env.NODE_ENV = 'production';

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { appBuild, servePreview } from './serve.mjs';
import { median, printTable } from './util.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'];
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

// Runs in the page before its own scripts: marks the frame in which Welcome is the app's own
// (no pre-render wrapper left, nothing inert), whatever build is measured.
const WATCH_TAKEOVER = `(() => {
  const check = () => {
    const app = document.getElementById('app');
    if (app && app.querySelector('main h1') && !app.querySelector('.prerender, [inert]')) {
      performance.mark('bench:takeover');
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

async function oneRun(url) {
  const profile = mkdtempSync(join(tmpdir(), 'stt-first-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 390, height: 844 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(WATCH_TAKEOVER);
    await page.goto(url);
    await page.getByRole('checkbox').first().waitFor({ timeout: 30_000 });
    const read = () =>
      page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        takeover: performance.getEntriesByName('bench:takeover')[0]?.startTime,
      }));
    let times = await read();
    for (let i = 0; i < 100 && times.takeover === undefined; i++) {
      await page.waitForTimeout(100);
      times = await read();
    }
    return times;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  const app = await appBuild(process.env.DIST, 'stt-first-dist-');
  const server = await servePreview(app.outDir);
  try {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await oneRun(`${server.origin}/`);
      console.log(`run ${i + 1}: ${JSON.stringify(run)}`);
      runs.push(run);
    }
    const med = (k) => Math.round(median(runs.map((r) => r[k] ?? Number.NaN)));
    console.log(`\nFirst visit, slow 4G + CPU 4x (Chromium throttling), medians of ${RUNS}\n`);
    printTable(
      ['Moment', 'Median (ms)'],
      [
        ['First contentful paint (Welcome readable)', med('fcp')],
        ['App took over (Welcome usable)', med('takeover')],
      ],
    );
  } finally {
    await server.close();
    app.dispose();
  }
}

await main();
