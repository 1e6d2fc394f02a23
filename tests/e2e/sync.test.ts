// Sync between a person's devices, in real Chromium, through a real WebDAV server (Apache
// mod_dav): separate browser profiles stand for a phone (390x844) and a laptop (1280x800).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './harness';
import { closeDevices, device, freshFolder, LAPTOP, PHONE } from './sync-devices';
import { logActivity, logCounts, PASSPHRASE, syncNow, turnOnSync, untilSynced } from './sync-steps';
import { type DavServer, startApacheDav } from './webdav-server';

let dav: DavServer;

beforeAll(async () => {
  dav = await startApacheDav();
});
afterEach(closeDevices);
afterAll(async () => {
  await dav?.stop();
});

describe('sync through Apache WebDAV', () => {
  it('what the phone logs shows on the laptop, and a third device joins empty with nothing lost anywhere', async () => {
    const folder = freshFolder(dav, 'journey-1');
    const phone = await device(PHONE);
    await logActivity(phone.page, 'Webinar on moderation');
    expect((await turnOnSync(phone.page, folder, 'Phone')).existing).toBe(false);
    // The recovery key, once, with Print and Copy.
    const key = phone.page.getByTestId('recovery-key');
    expect((await key.textContent())?.length ?? 0).toBeGreaterThan(20);
    await phone.page.getByRole('button', { name: 'Print' }).waitFor();
    await phone.page.getByRole('button', { name: 'I have kept it' }).click();
    await untilSynced(phone.page);
    await expectNoAxeViolations(phone.page, '/settings/sync (phone)');
    // The shell shows sync is on, and leads to its page.
    expect(await phone.page.getByTestId('sync-pill').getAttribute('href')).toBe('/settings/sync');

    const laptop = await device(LAPTOP);
    await logActivity(laptop.page, 'Reading on the laptop');
    expect((await turnOnSync(laptop.page, folder, 'Laptop')).existing).toBe(true);
    await untilSynced(laptop.page);
    await expectNoAxeViolations(laptop.page, '/settings/sync (laptop)');
    expect(
      await logCounts(laptop.page, ['Webinar on moderation', 'Reading on the laptop']),
    ).toEqual([1, 1]);
    // The laptop had data of its own: it was kept as a snapshot before the first merge.
    await laptop.page.goto('/settings');
    await laptop.page.getByText('Kept before the first sync on this device').waitFor();

    await syncNow(phone.page);
    expect(await logCounts(phone.page, ['Webinar on moderation', 'Reading on the laptop'])).toEqual(
      [1, 1],
    );

    const tablet = await device(PHONE);
    await turnOnSync(tablet.page, folder, 'Tablet');
    await untilSynced(tablet.page);
    expect(
      await logCounts(tablet.page, ['Webinar on moderation', 'Reading on the laptop']),
    ).toEqual([1, 1]);
    await syncNow(phone.page);
    await syncNow(laptop.page);
    for (const app of [phone, laptop]) {
      expect(await logCounts(app.page, ['Webinar on moderation', 'Reading on the laptop'])).toEqual(
        [1, 1],
      );
      // Chromium logs every 404 and 412 it gets (a missing keyring, a file already there):
      // those are answers the sync expects; anything else is a fault.
      expect(app.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
    }
  }, 240_000);

  it('a wrong passphrase says so, keeps nothing, and the right one then joins', async () => {
    const folder = freshFolder(dav, 'journey-2');
    const phone = await device(PHONE);
    await logActivity(phone.page, 'Course on analytics');
    await turnOnSync(phone.page, folder, 'Phone');
    await phone.page.getByRole('button', { name: 'I have kept it' }).click();
    await untilSynced(phone.page);

    const laptop = await device(LAPTOP);
    await turnOnSync(laptop.page, folder, 'Laptop', 'not the passphrase');
    await laptop.page.getByText(/does not open your synced data/).waitFor({ timeout: 30_000 });
    expect(await laptop.page.getByText('Sync is off on this device.').count()).toBe(1);
    await laptop.page.getByLabel('Sync passphrase or recovery key').fill(PASSPHRASE);
    await laptop.page.getByRole('button', { name: 'Turn on sync' }).click();
    await untilSynced(laptop.page);
    expect(await logCounts(laptop.page, ['Course on analytics'])).toEqual([1]);
  }, 180_000);

  it('the server restarted in the middle of a sync loses and doubles nothing', async () => {
    const folder = freshFolder(dav, 'journey-3');
    const phone = await device(PHONE);
    await turnOnSync(phone.page, folder, 'Phone');
    await phone.page.getByRole('button', { name: 'I have kept it' }).click();
    await untilSynced(phone.page);
    const laptop = await device(LAPTOP);
    await turnOnSync(laptop.page, folder, 'Laptop');
    await untilSynced(laptop.page);

    for (const t of ['First session', 'Second session', 'Third session']) {
      await logActivity(phone.page, t);
    }
    await phone.page.goto('/settings/sync');
    await phone.page.getByRole('button', { name: 'Sync now' }).click();
    await dav.restart();
    await syncNow(phone.page);
    await syncNow(laptop.page);
    expect(
      await logCounts(laptop.page, ['First session', 'Second session', 'Third session']),
    ).toEqual([1, 1, 1]);
    expect(
      await logCounts(phone.page, ['First session', 'Second session', 'Third session']),
    ).toEqual([1, 1, 1]);
  });
});
