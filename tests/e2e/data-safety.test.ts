import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDoc } from './backup-docs';
import { type OpenApp, openApp, waitUntil } from './harness';

let apps: OpenApp[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const app of apps) await app.close().catch(() => {});
  apps = [];
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Activities on disk, read with the raw IndexedDB API (not through the app). */
function countActivities(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('self-training-tracker');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('activities').objectStore('activities').count();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

async function logActivity(page: Page, title: string): Promise<void> {
  await page.goto('/log/new');
  await page.getByLabel('Webinar', { exact: true }).check();
  await page.getByLabel('45 min').check();
  await page.locator('#log-title').fill(title);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/log/new'));
}

async function pickFile(page: Page, name: string, body: string | Buffer): Promise<void> {
  await page.getByLabel('Choose a backup file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof body === 'string' ? Buffer.from(body) : body,
  });
}

describe('data safety in real Chromium', () => {
  it('backs up, refuses a broken file without changing anything, restores with Replace', async () => {
    const app = await openApp();
    apps.push(app);
    const { page } = app;
    page.setDefaultTimeout(15_000);
    await page.waitForURL(/\/welcome$/);
    await page.getByLabel('Community Manager').check();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Self-assessment' }).waitFor();
    await logActivity(page, 'Kept in the backup');

    await page.goto('/settings');
    expect(await page.getByTestId('last-backup').textContent()).toBe(
      'Last backup file made: never',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Back up now' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^self-training-tracker-backup-\d{4}-\d\d-\d\d\.json$/,
    );
    const file = readFileSync((await download.path()) as string);
    expect(JSON.parse(file.toString()).data.activities).toHaveLength(1);
    await page.getByText('Last backup file made: today').waitFor();

    await logActivity(page, 'Logged after the backup');
    expect(await countActivities(page)).toBe(2);

    // A truncated file: a clear message, nothing written.
    await page.goto('/settings/restore');
    await pickFile(page, 'cut.json', file.subarray(0, Math.floor(file.length / 2)));
    const error = page.getByTestId('restore-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/not readable as a backup.*Nothing was changed/);
    expect(await countActivities(page)).toBe(2);

    // The real file: preview says one activity will be removed, then Replace.
    await pickFile(page, download.suggestedFilename(), file);
    const row = page.getByTestId('restore-preview').locator('[data-kind="activities"] td');
    await row.first().waitFor();
    expect(await row.allTextContents()).toEqual(['0', '0', '1', '1']);
    await page.getByRole('button', { name: 'Replace my data' }).click();
    await page.getByTestId('restore-done').waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings');
    expect(await countActivities(page)).toBe(1);
    await page.goto('/log');
    await page.getByText('Kept in the backup').waitFor();
    expect(await page.getByText('Logged after the backup').count()).toBe(0);

    // The data it replaced was kept: restoring the snapshot brings the second activity back.
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Restore this snapshot' }).click();
    await page.getByTestId('snapshots').getByRole('button', { name: 'Replace my data' }).click();
    await page.getByTestId('restore-done').waitFor();
    await waitUntil(page, () => document.querySelector('[data-testid="restore-done"]') !== null);
    expect(await countActivities(page)).toBe(2);
    expect(app.errors).toEqual([]);
  });

  it('closing the page during a 20,000-activity import leaves all old or all new data', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'stt-crash-'));
    dirs.push(profileDir);
    const big = backupDoc({ activities: 20_000 });
    const results: number[] = [];
    // From 'at once' to 'long enough to commit': each round must end all old or all new.
    for (const delayMs of [0, 400, 1500, 6000]) {
      const app = await openApp({ profileDir, path: '/settings/restore' });
      const { page } = app;
      page.setDefaultTimeout(30_000);
      const old = await countActivities(page);
      if (old === 0) {
        // First round: a small "old" data set to overwrite.
        await pickFile(page, 'small.json', backupDoc({ activities: 7 }));
        await page.getByRole('button', { name: 'Replace my data' }).click();
        await page.getByTestId('restore-done').waitFor();
        await page.goto('/settings/restore');
      }
      const before = await countActivities(page);
      await pickFile(page, 'big.json', big);
      await page.getByTestId('restore-preview').waitFor();
      await page.getByRole('button', { name: 'Replace my data' }).click();
      await new Promise((r) => setTimeout(r, delayMs));
      await app.context.close();

      const again = await openApp({ profileDir, path: '/settings' });
      const after = await countActivities(again.page);
      results.push(after);
      expect([before, 20_000]).toContain(after);
      // Make the next round start from the old data again.
      if (after === 20_000) {
        await again.page.goto('/settings/restore');
        await pickFile(again.page, 'small.json', backupDoc({ activities: 7 }));
        await again.page.getByRole('button', { name: 'Replace my data' }).click();
        await again.page.getByTestId('restore-done').waitFor();
      }
      await again.context.close();
    }
    console.info(`activities after closing mid-import (0/400/1500/6000 ms): ${results.join(', ')}`);
    // The rounds must have cut the import short at least once; the last one had time to finish.
    expect(results).toContain(7);
  }, 300_000);

  it('a restore in one tab makes the other tab ask for a reload', async () => {
    const app = await openApp({ path: '/settings' });
    apps.push(app);
    const a = app.page;
    const b = await app.context.newPage();
    await b.goto('/settings/restore');
    await b.getByLabel('Choose a backup file').waitFor();
    await pickFile(b, 'b.json', backupDoc({ activities: 3 }));
    await b.getByRole('button', { name: 'Replace my data' }).click();
    await b.getByTestId('restore-done').waitFor();
    const banner = a.getByRole('alert').filter({ hasText: 'restored in another tab' });
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Reload' }).click();
    await a.locator('main h1').waitFor();
    expect(await countActivities(a)).toBe(3);
  });

  it('a newer database version opened in another tab makes this tab ask for a reload', async () => {
    const app = await openApp({ path: '/settings' });
    apps.push(app);
    const a = app.page;
    // The app's connection is open (Settings read it); another tab asks for version 99.
    const b = await app.context.newPage();
    await b.goto('/settings');
    await b.locator('main h1').waitFor();
    const upgraded = await b.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('self-training-tracker', 99);
          open.onsuccess = () => {
            const v = open.result.version;
            open.result.close();
            resolve(v);
          };
          open.onerror = () => reject(open.error);
          open.onblocked = () => reject(new Error('blocked: the old tab did not let go'));
        }),
    );
    expect(upgraded).toBe(99);
    await a.getByRole('alert').filter({ hasText: 'Reload' }).waitFor();
    expect(await a.getByRole('alert').textContent()).toMatch(/another tab|newer version/);
  });
});
