// The browser set-up every screenshot script shares: the built app served by Vite's preview
// (DIST=folder for a build made elsewhere), Debian's Chromium with the flags this machine needs,
// one throw-away profile per session, the two sizes the app is reviewed at, and Chrome's text
// size (set through CDP, since zoom or a device scale factor is not what a user's setting does).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  laptop: { width: 1280, height: 800 },
};

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Serves the build on a free port; returns its base URL and a close(). */
export async function serveBuild() {
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: resolve(process.env.DIST ?? 'dist') },
    preview: { port: 0, host: '127.0.0.1' },
  });
  return { base: server.resolvedUrls.local[0].replace(/\/$/, ''), close: () => server.close() };
}

/** A fresh persistent profile in `lang` and `colorScheme`; close() also deletes the profile. */
export async function browserSession(base, { lang, colorScheme, viewport = VIEWPORTS.phone }) {
  const profile = mkdtempSync(join(tmpdir(), 'stt-shot-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...ARGS, `--lang=${lang}`],
    locale: lang === 'it' ? 'it-IT' : 'en-GB',
    colorScheme,
    viewport,
    deviceScaleFactor: 1,
    baseURL: base,
  });
  const page = context.pages()[0];
  const cdp = await context.newCDPSession(page);
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, cdp, close };
}

/** Chrome's text size, 100 or 200 (%). A new document starts at the default: set it each time. */
export async function setTextSize(cdp, percent) {
  const k = percent / 100;
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * k, fixed: 13 * k } });
}

/** Polls a predicate in the page (waitForFunction uses eval, which the app's CSP refuses). */
export async function until(page, predicate, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline && !(await page.evaluate(predicate).catch(() => false))) {
    await page.waitForTimeout(50);
  }
}
