// Two tabs open, a new version deployed: tab A reloads into it, tab B still runs the old code.
// B's lazy screens must keep loading (the new worker keeps the old files), a screen whose file
// is really gone must say "A new version is ready" with a Reload that works, and each tab's
// Reload must load the new version.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { type Deploy, deployNewVersion } from './deploy-sim';
import { appReady, navigateInApp, type OpenApp, onboard, openApp, waitUntil } from './harness';

let app: OpenApp | null = null;
let deploy: Deploy | null = null;
afterEach(async () => {
  deploy?.undo();
  deploy = null;
  await app?.close().catch(() => {});
  app = null;
});

type Marked = Window & { oldCode?: boolean };

async function heading(page: Page, name: string): Promise<void> {
  await page.locator('main h1', { hasText: new RegExp(`^${name}$`) }).waitFor();
}

/** The script files this page runs (hashed names of one version). */
function scripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/assets/')),
  );
}

/** The precache cache's file names under assets/. */
function cachedAssets(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((k) => k.includes('precache'));
    if (!name) return [];
    const keys = await (await caches.open(name)).keys();
    return keys
      .map((r) => new URL(r.url).pathname)
      .filter((p) => p.startsWith('/assets/'))
      .map((p) => p.slice('/assets/'.length));
  });
}

describe('an update while two tabs are open', () => {
  it('keeps the old tab working after the other reloaded, and both reload into the new version', async () => {
    app = await openApp();
    const a = app.page;
    a.setDefaultTimeout(20_000);
    await onboard(a);
    const b = await app.context.newPage();
    b.setDefaultTimeout(20_000);
    await b.goto('/roles');
    await appReady(b);
    await waitUntil(b, () => navigator.serviceWorker.controller !== null);
    for (const page of [a, b]) {
      await page.evaluate(() => {
        (window as Marked).oldCode = true;
      });
    }

    deploy = deployNewVersion(inject('distDir'));
    const { oldNames, newNames } = deploy;
    await a.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = a.getByRole('status').filter({ hasText: 'A new version is ready.' });
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Reload' }).click();
    await waitUntil(a, () => !(window as Marked).oldCode);
    await appReady(a);
    expect((await scripts(a)).some((s) => newNames.includes(s.slice('/assets/'.length)))).toBe(
      true,
    );

    // B still runs the old code, now served by the new worker: its screens still load.
    expect(await b.evaluate(() => (window as Marked).oldCode)).toBe(true);
    for (const [path, title] of [
      ['/goals', 'Goals'],
      ['/log', 'Log'],
      ['/reminders', 'Reminders'],
      ['/settings', 'Settings'],
    ] as const) {
      await navigateInApp(b, path);
      await heading(b, title);
    }
    // ...from the old version's files, kept for it.
    const cached = await cachedAssets(b);
    expect(oldNames.filter((n) => n.startsWith('goals-')).every((n) => cached.includes(n))).toBe(
      true,
    );

    // If an old file is really gone, the screen says so instead of staying empty.
    await b.evaluate(async (old) => {
      const name = (await caches.keys()).find((k) => k.includes('precache')) ?? '';
      const cache = await caches.open(name);
      for (const file of old) await cache.delete(`/assets/${file}`);
    }, oldNames);
    await navigateInApp(b, '/progress');
    await heading(b, 'A new version is ready');

    // B's Reload (the update banner's or the screen's) loads the new version.
    await b.getByRole('main').getByRole('button', { name: 'Reload' }).click();
    await waitUntil(b, () => !(window as Marked).oldCode);
    await heading(b, 'Progress');
    const bScripts = await scripts(b);
    expect(bScripts.some((s) => oldNames.includes(s.slice('/assets/'.length)))).toBe(false);
    expect(app.errors).toEqual([]);
  });

  it("a tab's banner Reload works after another tab already activated the new version", async () => {
    app = await openApp();
    const a = app.page;
    a.setDefaultTimeout(20_000);
    await onboard(a);
    const b = await app.context.newPage();
    b.setDefaultTimeout(20_000);
    await b.goto('/roles');
    await appReady(b);
    await waitUntil(b, () => navigator.serviceWorker.controller !== null);
    await b.evaluate(() => {
      (window as Marked).oldCode = true;
    });

    deploy = deployNewVersion(inject('distDir'));
    const { oldNames } = deploy;
    await a.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const bannerA = a.getByRole('status').filter({ hasText: 'A new version is ready.' });
    await bannerA.waitFor();
    await bannerA.getByRole('button', { name: 'Reload' }).click();
    await appReady(a);

    const bannerB = b.getByRole('status').filter({ hasText: 'A new version is ready.' });
    await bannerB.waitFor();
    await bannerB.getByRole('button', { name: 'Reload' }).click();
    await waitUntil(b, () => !(window as Marked).oldCode);
    await appReady(b);
    // No tab runs the old version any more: its files leave the cache.
    const deadline = Date.now() + 15_000;
    let cached = await cachedAssets(b);
    while (cached.some((n) => oldNames.includes(n)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      cached = await cachedAssets(b);
    }
    expect(cached.filter((n) => oldNames.includes(n))).toEqual([]);
    expect(cached.length).toBeGreaterThan(0);
  });
});
