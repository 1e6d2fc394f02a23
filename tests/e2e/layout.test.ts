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
// heading, axe finds nothing, and every control is a 44 px target. One browser, one page.

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

async function layout(width: number, height: number, text: 100 | 200): Promise<void> {
  await page.setViewportSize({ width, height });
  await setTextSize(cdp, text);
  // Two frames: the new size is laid out, and anything measuring it (ResizeObserver) has run.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

describe.each(['en', 'it'] as const)('every screen (%s)', (lang) => {
  beforeAll(async () => {
    await layout(390, 844, 100);
    await seed(page, lang);
  });

  it('scrolls nowhere sideways and sizes chart labels like text, at 320 px, at 390 px with text at 200%, and on a laptop', async () => {
    const problems: string[] = [];
    for (const screen of [WELCOME, ...SCREENS]) {
      await layout(390, 844, 100);
      await open(page, screen.path);
      for (const size of SIZES) {
        await layout(size.width, size.height, size.text);
        for (const p of await overflowProblems(page))
          problems.push(`${screen.name} at ${size.label}: ${p}`);
        for (const p of await chartTextProblems(page))
          problems.push(`${screen.name} at ${size.label}: ${p}`);
      }
    }
    await layout(390, 844, 100);
    expect(problems, problems.join('\n')).toEqual([]);
    expect(errors).toEqual([]);
    // Every screen at three sizes: longer than one journey (it timed out at 60 s under load).
  }, 180_000);

  it('keeps one content column width on every screen of a laptop', async () => {
    await layout(1280, 800, 100);
    const columns = new Map<string, string[]>();
    for (const screen of [WELCOME, ...SCREENS]) {
      await open(page, screen.path);
      const box = await page.locator('main').boundingBox();
      const key = `${Math.round(box?.x ?? 0)}+${Math.round(box?.width ?? 0)}`;
      columns.set(key, [...(columns.get(key) ?? []), screen.name]);
    }
    await layout(390, 844, 100);
    expect([...columns].map(([box, names]) => `${box}: ${names.join(', ')}`)).toHaveLength(1);
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

  it('moves focus to the new screen’s heading on every navigation', async () => {
    await open(page, '/');
    const problems: string[] = [];
    for (const screen of SCREENS.filter((s) => s.path !== '/').concat({
      name: 'today',
      path: '/',
    })) {
      await clickTo(page, screen.path);
      const focus = await focusState(page);
      if (!focus.onHeading) problems.push(`${screen.name}: focus is on ${focus.what}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has 44 px touch targets on a phone and a laptop', async () => {
    const problems: string[] = [];
    for (const screen of SCREENS) {
      await layout(390, 844, 100);
      await open(page, screen.path);
      for (const p of await smallTargets(page)) problems.push(`${screen.name} on a phone: ${p}`);
      await layout(1280, 800, 100);
      for (const p of await smallTargets(page)) problems.push(`${screen.name} on a laptop: ${p}`);
    }
    await layout(390, 844, 100);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  // English in the light palette, Italian in the dark one: both languages, both palettes.
  it(`is axe-clean on every screen (${lang === 'en' ? 'light' : 'dark'})`, async () => {
    await page.emulateMedia({ colorScheme: lang === 'en' ? 'light' : 'dark' });
    await open(page, '/');
    const problems: string[] = [];
    for (const screen of SCREENS) {
      await clickTo(page, screen.path);
      for (const p of await axeProblems(page)) problems.push(`${screen.name}: ${p}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(problems, problems.join('\n')).toEqual([]);
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
