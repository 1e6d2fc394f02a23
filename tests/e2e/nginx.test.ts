import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { PERMISSIONS_POLICY } from '../../scripts/host-config/rules';
import { type OpenApp, type OpenOptions, openApp, waitUntil } from './harness';
import { type Nginx, startNginx } from './nginx-server';

// The essential journeys again, this time behind Debian's nginx with the configuration the build
// wrote: the CSP arrives as a header (with frame-ancestors) as well as in the page, index.html
// and sw.js are revalidated, assets are immutable. Everything else is in shell.test.ts.

let nginx: Nginx | undefined;
let app: OpenApp | undefined;
beforeAll(async () => {
  nginx = await startNginx(inject('distDir'));
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});
afterAll(async () => {
  await nginx?.stop();
});

const open = (options: OpenOptions = {}) => openApp({ ...options, baseURL: nginx?.url });

/** Records every CSP violation of the pages the context opens from now on. */
async function recordViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? null);

describe('behind nginx with the generated configuration', () => {
  it('gets the worker in control and reopens offline, a deep link too, with no CSP violation', async () => {
    app = await open({ path: '/settings' });
    const { page, context } = app;
    await recordViolations(context);
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.locator('main h1').first().waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
      `${nginx?.url}/sw.js`,
    );
    await page.getByLabel('Dark').check();
    // The theme shows at once and is kept a moment later: reload only once it is stored (the
    // boot hint is mirrored after the save).
    await page.waitForFunction(() => localStorage.getItem('stt-theme') === 'dark');

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await violations(page)).toEqual([]);
    // Never visited, offline: the worker serves the shell and the app routes.
    await page.goto('/settings/restore');
    await page.getByRole('heading', { level: 1, name: 'Restore a backup' }).waitFor();
    expect(await violations(page)).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('is installable, with the manifest served as application/manifest+json', async () => {
    app = await open();
    const cdp = await app.context.newCDPSession(app.page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const type = await app.page.evaluate(
      async () => (await fetch('/manifest.webmanifest')).headers.get('content-type') ?? '',
    );
    expect(type).toBe('application/manifest+json');
    // Each feature the Permissions-Policy denies is one Chrome knows (a misspelt one would be
    // ignored), and is off. web-share, which the app keeps, is not offered on desktop Linux.
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { states } = await cdp.send('Page.getPermissionsPolicyState', {
      frameId: frameTree.frame.id,
    });
    const denied = PERMISSIONS_POLICY.split(', ')
      .filter((f) => f.endsWith('=()'))
      .map((f) => f.slice(0, -3));
    for (const feature of denied) {
      const state = states.find((s) => s.feature === feature);
      expect(state, feature).toMatchObject({ allowed: false, locator: { blockReason: 'Header' } });
    }
    expect(app.errors).toEqual([]);
  });

  it('cannot be framed by another site (frame-ancestors, a header only)', async () => {
    app = await open({ controlled: false });
    const framer = await app.context.newPage();
    await framer.setContent(`<iframe src="${nginx?.url}/settings" title="app"></iframe>`);
    const frame = () => framer.frames().find((f) => f !== framer.mainFrame());
    // Chrome puts its own error page in a refused frame: the app never loads in it.
    await expect.poll(() => frame()?.url(), { timeout: 15_000 }).toMatch(/^chrome-error:/);
    await framer.close();
    expect(app.errors).toEqual([]);
  });

  it('finds a new version through nginx and reloads only when asked', async () => {
    app = await open({ path: '/settings' });
    const { page } = app;
    const swFile = join(inject('distDir'), 'sw.js');
    const original = readFileSync(swFile, 'utf8');
    try {
      writeFileSync(swFile, `${original}\n// a new build\n`);
      await page.evaluate(() => {
        (window as unknown as { stillHere: boolean }).stillHere = true;
      });
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await page.getByRole('status').filter({ hasText: 'A new version is ready.' }).waitFor();
      expect(
        await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
      ).toBe(true);
      await page.getByRole('button', { name: 'Reload' }).click();
      await waitUntil(page, () => !(window as unknown as { stillHere?: boolean }).stillHere);
      await page.locator('main h1').first().waitFor();
      expect(app.errors).toEqual([]);
    } finally {
      writeFileSync(swFile, original);
    }
  });
});
