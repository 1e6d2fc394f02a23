import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface OpenApp {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly baseURL: string;
  /** Errors the page logged or threw: tests assert there are none. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  lang?: 'en' | 'it';
  colorScheme?: 'light' | 'dark';
  /** The path to open first (default '/'). */
  path?: string;
  /** Wait until the service worker controls the page (default true): needed to go offline. */
  controlled?: boolean;
  viewport?: { width: number; height: number };
  /** Reuse a profile folder (e.g. to reopen "the same phone"); a fresh one by default. */
  profileDir?: string;
  /** Another server of the same build (default: the e2e run's `vite preview`). */
  baseURL?: string;
}

/**
 * Waits until the app itself shows a screen. On a first visit index.html already shows a
 * pre-rendered Welcome that cannot be used yet: its h1 alone does not mean the app is there.
 */
export async function appReady(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await waitUntil(page, () => document.querySelector('.prerender') === null);
}

/**
 * Opens the built app in real Chromium on a fresh persistent profile (persistent so service
 * workers, storage and Chrome's installability check behave as on a phone).
 */
export async function openApp(options: OpenOptions = {}): Promise<OpenApp> {
  const baseURL = options.baseURL ?? inject('baseURL');
  const lang = options.lang ?? 'en';
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'stt-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, `--lang=${lang === 'it' ? 'it-IT' : 'en-GB'}`],
    locale: lang === 'it' ? 'it-IT' : 'en-GB',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 390, height: 844 },
    deviceScaleFactor: 1,
    baseURL,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  await page.goto(options.path ?? '/');
  await appReady(page);
  if (options.controlled ?? true) await waitForControl(page);
  return {
    page,
    context,
    baseURL,
    errors,
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Waits for the worker to be ready, reloading once so it controls the page. */
export async function waitForControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) {
    await page.reload();
    await waitUntil(page, () => navigator.serviceWorker.controller !== null);
    await page.locator('main h1').first().waitFor();
  }
}

/** Runs axe-core (WCAG 2.1 A/AA rules) and fails with a readable list of what is wrong. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  // Legacy mode runs axe in the page itself: the default opens a new blank page for every run
  // to merge frame results (the app has no frames), which under CI load cost seconds a screen.
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .setLegacyMode()
    .analyze();
  if (result.violations.length > 0) {
    const lines = result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('\n  ')}`,
    );
    throw new Error(
      `axe found ${result.violations.length} violation(s) on ${label}:\n${lines.join('\n')}`,
    );
  }
}

/**
 * Polls a predicate in the page. (Playwright's waitForFunction compiles the predicate with
 * eval, which our Content-Security-Policy rightly forbids.)
 */
export async function waitUntil(
  page: Page,
  predicate: () => boolean,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate(predicate).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`waitUntil timed out after ${timeoutMs} ms: ${predicate.toString()}`);
}

/**
 * Completes the first run through the UI: follow CM and SMM, Start, then leave the guided
 * self-assessment for later ("Finish later"), which lands on Today with nothing rated.
 */
export async function onboard(page: Page, lang: 'en' | 'it' = 'en'): Promise<void> {
  await page.goto('/welcome');
  await page.getByLabel('Community Manager').check();
  await page.getByLabel('Social Media Manager').check();
  await page.getByRole('button', { name: lang === 'it' ? 'Inizia' : 'Start' }).click();
  await page.waitForURL('**/assess');
  await page
    .getByRole('link', { name: lang === 'it' ? 'Continua più tardi' : 'Finish later' })
    .click();
  await page.waitForURL((url) => url.pathname === '/');
}

/**
 * Follows an in-app link without reloading the page: a reload would read data another tab
 * changed, or fetch a newly deployed version, which is what two-tab tests must avoid.
 */
export async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((href) => {
    const a = document.createElement('a');
    a.href = href;
    document.body.append(a);
    a.click();
    a.remove();
  }, path);
  await page.waitForURL((url) => url.pathname === path);
}

/** One field of the stored preferences, read with the raw IndexedDB API (not through the app). */
export function storedSetting(page: Page, field: string): Promise<unknown> {
  return page.evaluate(
    (name) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('self-training-tracker');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('app');
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as Record<string, unknown> | undefined)?.[name]);
          };
        };
      }),
    field,
  );
}
