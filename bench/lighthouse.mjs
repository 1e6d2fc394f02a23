// npm run bench:lighthouse: Lighthouse 12 (mobile defaults: Moto G class CPU, slow 4G) against
// the production build served by `vite preview`, three runs, medians. Every run is a fresh
// Chromium profile, i.e. a real first visit: the app sends it from / to /welcome (onboarding),
// so that is the page measured. Options: LH_RUNS=3, CHROMIUM_PATH=/usr/bin/chromium,
// LH_SAVE=/tmp/lhr-{run}.json (keeps each run's full report; without {run}, the last one), LH_DIST=dist (measure that build
// instead of building one: for experiments on a hand-edited build).
process.env.NODE_ENV = 'production'; // vitest and friends may have set 'test': force a real build

import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { appBuild, servePreview } from './serve.mjs';
import { median, printTable } from './util.mjs';

const RUNS = Number(process.env.LH_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const GOALS = {
  performance: 100,
  accessibility: 100,
  'best-practices': 100,
  seo: 90,
  lcp: 1200,
  tbt: 0,
  cls: 0,
};

async function oneRun(url, run) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error('Lighthouse returned nothing');
    const { lhr } = result;
    if (process.env.LH_SAVE)
      writeFileSync(process.env.LH_SAVE.replace('{run}', String(run)), JSON.stringify(lhr));
    if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
    const row = { finalUrl: lhr.finalDisplayedUrl };
    for (const c of CATEGORIES) row[c] = Math.round((lhr.categories[c]?.score ?? 0) * 100);
    row.lcp = lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN;
    row.tbt = lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN;
    row.cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN;
    // No goal, but the price of any first-paint trick shows here: when the page can be used.
    row.fcp = lhr.audits['first-contentful-paint']?.numericValue ?? Number.NaN;
    row.tti = lhr.audits.interactive?.numericValue ?? Number.NaN;
    // What kept a category below 100: audits that count and did not pass.
    row.failing = Object.values(lhr.categories)
      .flatMap((cat) => cat.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]))
      .filter((a) => a && a.score !== null && a.score < 1)
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
    return row;
  } finally {
    chrome.kill();
  }
}

async function main() {
  const app = await appBuild(process.env.LH_DIST, 'stt-lh-');
  const server = await servePreview(app.outDir);
  try {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const row = await oneRun(`${server.origin}/`, i + 1);
      console.log(`run ${i + 1}: ${JSON.stringify({ ...row, failing: undefined })}`);
      runs.push(row);
    }
    const med = (k) => median(runs.map((r) => r[k]));
    console.log(
      `\nLighthouse ${RUNS} runs, mobile defaults, first visit (lands on ${runs[0].finalUrl})\n`,
    );
    const rows = [
      ...CATEGORIES.map((c) => [c, String(med(c)), `>= ${GOALS[c]}`, med(c) >= GOALS[c]]),
      ['LCP (ms)', med('lcp').toFixed(0), `<= ${GOALS.lcp}`, med('lcp') <= GOALS.lcp],
      ['TBT (ms)', med('tbt').toFixed(0), `<= ${GOALS.tbt}`, med('tbt') <= GOALS.tbt],
      ['CLS', med('cls').toFixed(3), `<= ${GOALS.cls}`, med('cls') <= GOALS.cls],
      ['FCP (ms)', med('fcp').toFixed(0), '', true],
      ['Time to Interactive (ms)', med('tti').toFixed(0), '', true],
    ];
    printTable(
      ['Metric', 'Median', 'Goal', 'ok'],
      rows.map(([a, b, c, ok]) => [a, b, c, c === '' ? '' : ok ? 'ok' : '!!']),
    );
    const failing = [...new Set(runs.flatMap((r) => r.failing))];
    if (failing.length) console.log(`\nAudits not passing in some run: ${failing.join(', ')}`);
    process.exitCode = rows.every((r) => r[3]) ? 0 : 1;
  } finally {
    await server.close();
    app.dispose();
  }
}

await main();
