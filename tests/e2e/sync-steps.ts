import type { Page } from 'playwright-core';
import { DAV_PASSWORD, DAV_USER } from './webdav-server';

// The steps of the sync journeys, as a person does them (English UI).

export const PASSPHRASE = 'a long sync passphrase';

/** Settings → Sync: the folder, the connection test, the passphrase, Turn on. */
export async function turnOnSync(
  page: Page,
  url: string,
  device: string,
  passphrase = PASSPHRASE,
): Promise<{ existing: boolean }> {
  await page.goto('/settings/sync');
  await page.getByLabel('Folder address (WebDAV)').fill(url);
  await page.getByLabel('User name').fill(DAV_USER);
  await page.getByLabel('App password').fill(DAV_PASSWORD);
  await page.getByLabel('Name of this device').fill(device);
  await page.getByRole('button', { name: 'Test connection' }).click();
  const tested = page.getByTestId('sync-tested');
  await tested.waitFor({ timeout: 30_000 });
  const existing = /already holds/.test((await tested.textContent()) ?? '');
  if (existing) {
    await page.getByLabel('Sync passphrase or recovery key').fill(passphrase);
  } else {
    await page.getByLabel('Choose a sync passphrase').fill(passphrase);
    await page.getByLabel('Type the passphrase again').fill(passphrase);
  }
  await page.getByRole('button', { name: 'Turn on sync' }).click();
  return { existing };
}

/** The time of the last finished round on the Sync page ('' before any). */
export async function syncedAt(page: Page): Promise<string> {
  return (
    (await page.getByTestId('sync-status').getByRole('status').getAttribute('data-synced-at')) ?? ''
  );
}

/** Waits on the Sync page until a round newer than `after` finished (or stopped: then throws). */
export async function untilSynced(page: Page, after = '', timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const line = page.getByTestId('sync-status').getByRole('status');
  while (Date.now() < deadline) {
    const [kind, at] = await Promise.all([
      line.getAttribute('data-kind').catch(() => null),
      line.getAttribute('data-synced-at').catch(() => null),
    ]);
    if (kind === 'synced' && at && at > after) return;
    if (kind === 'error') throw new Error(`sync stopped: ${await line.textContent()}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no sync finished after ${after || 'the start'}: ${await line.textContent()}`);
}

/** Opens Settings → Sync, taps Sync now, waits for that round to finish. */
export async function syncNow(page: Page): Promise<void> {
  await page.goto('/settings/sync');
  await page
    .getByRole('button', { name: 'Sync now' })
    .waitFor()
    .catch(async (e) => {
      await page.screenshot({ path: '/tmp/se-fail.png', fullPage: true });
      throw e;
    });
  await untilSynced(page);
  const before = await syncedAt(page);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await untilSynced(page, before);
}

/** Logs an activity through the Log form. */
export async function logActivity(page: Page, title: string, minutes = '45 min'): Promise<void> {
  await page.goto('/log/new');
  await page.getByLabel('Webinar', { exact: true }).check();
  await page.getByLabel(minutes).check();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // Saved from the Log tab, the form goes to the list, which shows the new activity.
  await page.waitForURL((u) => u.pathname === '/log');
  await page.locator('main a[href^="/log/"]', { hasText: title }).first().waitFor();
}

/** The full log, once it shows every title in `titles`: how many times each appears. */
export async function logCounts(page: Page, titles: readonly string[]): Promise<number[]> {
  await page.goto('/log');
  for (const title of titles) {
    await page.locator('main a[href^="/log/"]', { hasText: title }).first().waitFor();
  }
  return Promise.all(
    titles.map((title) => page.locator('main a[href^="/log/"]', { hasText: title }).count()),
  );
}

/** Opens an activity from the full log and changes its title and/or minutes. */
export async function editActivity(
  page: Page,
  title: string,
  change: { title?: string; minutes?: string },
): Promise<void> {
  await page.goto('/log');
  await page.locator('main a[href^="/log/"]', { hasText: title }).first().click();
  await page.getByLabel('Title').waitFor();
  if (change.title !== undefined) await page.getByLabel('Title').fill(change.title);
  if (change.minutes !== undefined) await page.getByLabel(change.minutes).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/log');
  await page
    .locator('main a[href^="/log/"]', { hasText: change.title ?? title })
    .first()
    .waitFor();
}

/** Deletes an activity from its form (and lets the Undo go by). */
export async function deleteActivity(page: Page, title: string): Promise<void> {
  await page.goto('/log');
  await page.locator('main a[href^="/log/"]', { hasText: title }).first().click();
  await page.getByRole('button', { name: 'Delete activity' }).click();
  await page.waitForURL((u) => u.pathname === '/log');
}
