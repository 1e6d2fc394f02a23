// Screenshots of the first run for review: Welcome, the self-assessment (first, middle and last
// skill) and the Today it ends on, at 390x844 and 1280x800, EN and IT, light and dark, with text
// at 100% and at 200% (Chrome's font-size setting). Run after `vite build` (DIST=folder for
// another build):  node scripts/screenshots-first-run.mjs [outDir=/tmp/shots/first-run]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const out = process.argv[2] ?? '/tmp/shots/first-run';
mkdirSync(out, { recursive: true });
const server = await preview({
  logLevel: 'warn',
  build: { outDir: resolve(process.env.DIST ?? 'dist') },
  preview: { port: 0, host: '127.0.0.1' },
});
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const START = { en: 'Start', it: 'Inizia' };
const SIZES = { phone: { width: 390, height: 844 }, laptop: { width: 1280, height: 800 } };

/** Polls a predicate in the page (waitForFunction uses eval, which the app's CSP refuses). */
async function until(page, predicate) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && !(await page.evaluate(predicate).catch(() => false))) {
    await page.waitForTimeout(50);
  }
}

async function run(lang, scheme, size, text) {
  const profile = mkdtempSync(join(tmpdir(), 'stt-shot-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...ARGS, `--lang=${lang}`],
    locale: lang === 'it' ? 'it-IT' : 'en-GB',
    colorScheme: scheme,
    viewport: SIZES[size],
    baseURL: base,
  });
  const page = context.pages()[0];
  const cdp = await context.newCDPSession(page);
  if (text === 200) {
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  }
  const name = (what) => join(out, `${what}-${lang}-${scheme}-${size}-${text}.png`);
  const shot = async (what) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: name(what) });
  };
  await page.goto('/');
  await page.locator('main h1').first().waitFor();
  await until(page, () => document.querySelector('.prerender') === null);
  await shot('welcome');
  await page.getByLabel('Community Manager').check();
  await page.getByLabel('Social Media Manager').check();
  await page.getByRole('button', { name: START[lang] }).click();
  await page.waitForURL('**/assess');
  await page.locator('.level-picker__item button').first().waitFor();
  await shot('assess-1');
  const buttons = page.locator('.level-picker__item button');
  const progress = () =>
    page.evaluate(() => document.querySelector('[data-testid=assess-progress]')?.textContent ?? '');
  for (let i = 0; ; i++) {
    const before = await progress();
    if (!before) break;
    if (i === 9) await shot('assess-10');
    await buttons.nth(i % 3 === 0 ? 1 : i % 3 === 1 ? 2 : 3).click();
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (await progress().catch(() => '')) === before) {
      await page.waitForTimeout(50);
    }
  }
  await page.locator('#today-start').waitFor();
  await shot('today');
  await page.screenshot({ path: name('today-full'), fullPage: true });
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

for (const lang of ['en', 'it']) {
  for (const scheme of ['light', 'dark']) {
    for (const size of ['phone', 'laptop']) {
      for (const text of [100, 200]) {
        await run(lang, scheme, size, text).catch((e) =>
          console.error(lang, scheme, size, text, e.message),
        );
      }
    }
  }
}
await server.close();
console.log(`screenshots in ${out}`);
