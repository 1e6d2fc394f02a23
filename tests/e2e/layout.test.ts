import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness';
import {
  axeProblems,
  chartTextProblems,
  focusState,
  overflowProblems,
  setTextSize,
  smallTargets,
  touchingCards,
} from './layout-checks';
import { clickTo, open, SCREENS, seed, WELCOME } from './screens';

// Every screen (tests/e2e/screens.ts), in both languages, at phone and laptop sizes and with
// Chrome's text size at 200%: nothing scrolls sideways, focus lands on the new screen's
// heading, axe finds nothing, and every control is a 44 px target. One browser, one page, and
// one visit per screen per language: each visit runs every check (a visit per check cost
// minutes), and each test below asserts its own check's findings.

/** The sizes of the sideways-scrolling check (each screen is reached at 390x844, text 100%). */
const SIZES = [
  { label: '320x640, text 200%', width: 320, height: 640, text: 200 },
  { label: '390x844, text 200%', width: 390, height: 844, text: 200 },
  { label: '320x640', width: 320, height: 640, text: 100 },
  { label: '1280x800', width: 1280, height: 800, text: 100 },
] as const;

let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
let profile: string;
const errors: string[] = [];

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'stt-layout-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    baseURL: inject('baseURL'),
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  cdp = await context.newCDPSession(page);
});

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** The text size last set (Chrome's own default at first): set again only when it changes. */
let textSize: 100 | 200 = 100;

async function layout(width: number, height: number, text: 100 | 200): Promise<void> {
  await page.setViewportSize({ width, height });
  if (text !== textSize) {
    await setTextSize(cdp, text);
    textSize = text;
  }
  // Two frames: the new size is laid out, and anything measuring it (ResizeObserver) has run.
  const rootPx = await page.evaluate(
    () =>
      new Promise<number>((r) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            r(Number.parseFloat(getComputedStyle(document.documentElement).fontSize)),
          ),
        ),
      ),
  );
  // The page really has that text size (the setting survives navigations: it is set only on
  // a change).
  if (rootPx !== (16 * text) / 100) throw new Error(`text is ${rootPx} px, not ${text}%`);
}

/** What one sweep of every screen found, per check (empty lists: nothing wrong). */
interface Findings {
  overflow: string[];
  /** Laptop content column (x+width) → the screens that have it. */
  columns: Map<string, string[]>;
  focus: string[];
  targets: string[];
  axe: string[];
}

/**
 * On the screen shown at 390x844 (text 100%): the sideways checks at every size, and, on a
 * laptop, its targets and its content column; ends back at 390x844.
 */
async function checkSizes(
  found: Findings,
  screen: { name: string },
  targets: boolean,
): Promise<void> {
  if (targets)
    for (const p of await smallTargets(page)) found.targets.push(`${screen.name} on a phone: ${p}`);
  for (const size of SIZES) {
    await layout(size.width, size.height, size.text);
    for (const p of await overflowProblems(page))
      found.overflow.push(`${screen.name} at ${size.label}: ${p}`);
    for (const p of await chartTextProblems(page))
      found.overflow.push(`${screen.name} at ${size.label}: ${p}`);
  }
  // The last size is the laptop's.
  if (targets)
    for (const p of await smallTargets(page))
      found.targets.push(`${screen.name} on a laptop: ${p}`);
  const box = await page.locator('main').boundingBox();
  const key = `${Math.round(box?.x ?? 0)}+${Math.round(box?.width ?? 0)}`;
  found.columns.set(key, [...(found.columns.get(key) ?? []), screen.name]);
  await layout(390, 844, 100);
}

/**
 * Welcome, loaded afresh (no link leads there once the first run is done), then every other
 * screen reached the way a tap on a link does, from Today: focus on its heading, axe (English
 * in the light palette, Italian in the dark one), 44 px targets, no sideways scrolling.
 */
async function sweep(lang: 'en' | 'it'): Promise<Findings> {
  const found: Findings = { overflow: [], columns: new Map(), focus: [], targets: [], axe: [] };
  await layout(390, 844, 100);
  await open(page, WELCOME.path);
  await checkSizes(found, WELCOME, false);

  await open(page, '/');
  // Today last: the first navigation leaves Today for another screen.
  const order = SCREENS.filter((s) => s.path !== '/').concat(SCREENS.filter((s) => s.path === '/'));
  for (const screen of order) {
    await clickTo(page, screen.path);
    const focus = await focusState(page);
    if (!focus.onHeading) found.focus.push(`${screen.name}: focus is on ${focus.what}`);
    if (lang === 'it') await page.emulateMedia({ colorScheme: 'dark' });
    for (const p of await axeProblems(page)) found.axe.push(`${screen.name}: ${p}`);
    if (lang === 'it') await page.emulateMedia({ colorScheme: 'light' });
    await checkSizes(found, screen, true);
  }
  return found;
}

describe.each(['en', 'it'] as const)('every screen (%s)', (lang) => {
  let found: Findings;
  beforeAll(async () => {
    await layout(390, 844, 100);
    await seed(page, lang);
    found = await sweep(lang);
    // Every screen at four sizes with every check: longer than one journey under load.
  }, 300_000);

  it('scrolls nowhere sideways and sizes chart labels like text, at 320 px, at 390 px with text at 200%, and on a laptop', () => {
    expect(found.overflow, found.overflow.join('\n')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps one content column width on every screen of a laptop', () => {
    expect([...found.columns].map(([box, names]) => `${box}: ${names.join(', ')}`)).toHaveLength(1);
    // Every screen was measured (Welcome and the list).
    expect([...found.columns.values()].flat()).toHaveLength(SCREENS.length + 1);
  });

  it('reaches Today’s “Log an activity” in four Tabs from the top of the page', async () => {
    await open(page, '/');
    let presses = 0;
    let onIt = false;
    while (!onIt && presses < 20) {
      await page.keyboard.press('Tab');
      presses++;
      onIt = await page.evaluate(
        () => document.activeElement?.getAttribute('href')?.startsWith('/log/new') ?? false,
      );
    }
    // Skip link, app name, Settings, then the screen's main action.
    expect(presses).toBeLessThanOrEqual(4);
  });

  it('moves focus to the new screen’s heading on every navigation', () => {
    expect(found.focus, found.focus.join('\n')).toEqual([]);
  });

  it('has 44 px touch targets on a phone and a laptop', () => {
    expect(found.targets, found.targets.join('\n')).toEqual([]);
  });

  it(`is axe-clean on every screen (${lang === 'en' ? 'light' : 'dark'})`, () => {
    expect(found.axe, found.axe.join('\n')).toEqual([]);
  });
});

describe.each(['en', 'it'] as const)('screens with nothing in them yet (%s)', (lang) => {
  it('keep cards apart and fit 320 px at 200% text', async () => {
    await layout(390, 844, 100);
    await seed(page, lang, true);
    const problems: string[] = [];
    for (const path of ['/', '/roles', '/log', '/goals', '/reminders', '/progress', '/settings']) {
      await open(page, path);
      for (const p of await touchingCards(page)) problems.push(`${path}: ${p}`);
      await layout(320, 640, 200);
      for (const p of await overflowProblems(page)) problems.push(`${path} at 320x640, 200%: ${p}`);
      await layout(390, 844, 100);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
