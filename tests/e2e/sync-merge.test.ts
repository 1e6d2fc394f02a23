// Two devices that changed things while offline, then sync: edits to different fields merge,
// the same field makes one conflict the person settles, an edit beats a deletion with a notice.
// And through a proxy that drops, cuts and refuses, and against nginx (which ignores
// preconditions): nothing lost, nothing doubled.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FaultProxy, startFaultProxy } from './fault-proxy';
import { closeDevices, device, freshFolder } from './sync-devices';
import {
  deleteActivity,
  editActivity,
  logActivity,
  logCounts,
  syncNow,
  turnOnSync,
  untilSynced,
} from './sync-steps';
import { type DavServer, startApacheDav, startNginxDav } from './webdav-server';

let apache: DavServer;

/** A phone and a laptop syncing through `folder`, the phone with `titles` logged first. */
async function pair(folder: string, titles: readonly string[]) {
  const phone = await device({ width: 390, height: 844 });
  for (const t of titles) await logActivity(phone.page, t);
  await turnOnSync(phone.page, folder, 'Phone');
  await phone.page.getByRole('button', { name: 'I have kept it' }).click();
  await untilSynced(phone.page);
  const laptop = await device({ width: 1280, height: 800 });
  await turnOnSync(laptop.page, folder, 'Laptop');
  await untilSynced(laptop.page);
  return { phone, laptop };
}

beforeAll(async () => {
  apache = await startApacheDav();
});
afterEach(closeDevices);
afterAll(async () => {
  await apache?.stop();
});

describe('sync after both devices changed things offline', () => {
  it('edits to different fields merge; the same field makes one conflict, settled on one device for both', async () => {
    const { phone, laptop } = await pair(freshFolder(apache, 'merge'), ['Webinar A', 'Webinar B']);
    await phone.context.setOffline(true);
    await laptop.context.setOffline(true);
    await editActivity(phone.page, 'Webinar A', { title: 'Webinar A on moderation' });
    await editActivity(laptop.page, 'Webinar A', { minutes: '60 min' });
    await editActivity(phone.page, 'Webinar B', { title: 'B from the phone' });
    await editActivity(laptop.page, 'Webinar B', { title: 'B from the laptop' });
    await phone.context.setOffline(false);
    await laptop.context.setOffline(false);
    await syncNow(phone.page);
    await syncNow(laptop.page);
    await syncNow(phone.page);

    // Different fields: both edits, on both devices.
    for (const app of [phone, laptop]) {
      await app.page.goto('/log');
      await app.page
        .locator('main a', { hasText: 'Webinar A on moderation' })
        .filter({ hasText: '60 min' })
        .first()
        .waitFor();
    }
    // The same field: one conflict, both values side by side with the device names.
    await laptop.page.goto('/settings/sync');
    const conflict = laptop.page.getByTestId('sync-conflict');
    await conflict.first().waitFor();
    expect(await conflict.count()).toBe(1);
    const text = (await conflict.textContent()) ?? '';
    expect(text).toContain('B from the phone');
    expect(text).toContain('B from the laptop');
    expect(text).toMatch(/Phone|this device/);
    // Keep both: the other version becomes a second activity, on every device.
    await conflict.getByRole('button', { name: 'Keep both activities' }).click();
    await conflict.first().waitFor({ state: 'detached' });
    await syncNow(laptop.page);
    await syncNow(phone.page);
    for (const app of [phone, laptop]) {
      expect(await logCounts(app.page, ['B from the phone', 'B from the laptop'])).toEqual([1, 1]);
    }
  }, 300_000);

  it('a delete on one device and an edit on the other: the edit stays, with a notice', async () => {
    const { phone, laptop } = await pair(freshFolder(apache, 'delete-edit'), ['Course C']);
    await phone.context.setOffline(true);
    await laptop.context.setOffline(true);
    await deleteActivity(phone.page, 'Course C');
    await editActivity(laptop.page, 'Course C', { title: 'Course C, part 2' });
    await phone.context.setOffline(false);
    await laptop.context.setOffline(false);
    await syncNow(laptop.page);
    await syncNow(phone.page);
    await syncNow(laptop.page);
    for (const app of [phone, laptop]) {
      expect(await logCounts(app.page, ['Course C, part 2'])).toEqual([1]);
    }
    await phone.page.goto('/settings/sync');
    await phone.page
      .getByText('Deleted on one device and changed on another: the change was kept.')
      .first()
      .waitFor();
  }, 300_000);
});

describe('sync through a server that fails or lies', () => {
  let proxy: FaultProxy | undefined;
  let nginx: DavServer | undefined;
  afterAll(async () => {
    await proxy?.stop();
    await nginx?.stop();
  });

  it('through dropped, cut and refused requests and latency, nothing is lost or doubled', async () => {
    proxy = await startFaultProxy(apache.url);
    const folder = freshFolder(apache, 'faults', proxy.url);
    const { phone, laptop } = await pair(folder, ['Before the faults']);
    // Every request late (a slow server): 50 ms, not 150, since the journey makes about 290
    // requests one after another (half of them preflights): 150 ms added some 45 s of waiting.
    proxy.latencyMs = 50;
    const faults = [
      { method: 'PUT', fault: { kind: 'drop-request' } },
      { method: 'PUT', fault: { kind: 'error-after-write', status: 500 } },
      // A segment's download (`<device>.00000003`), not the keyring's.
      { method: 'GET', pathIncludes: '.0000', fault: { kind: 'truncate-body' } },
      { method: 'PUT', fault: { kind: 'status', status: 412 }, times: 8 },
      { method: 'PUT', fault: { kind: 'drop-response' } },
    ] as const;
    let n = 0;
    for (const rule of faults) {
      n++;
      await logActivity(phone.page, `Session ${n}`);
      proxy.arm(rule);
      // A round that meets the fault may stop with a message; the next one completes.
      await phone.page.goto('/settings/sync');
      await phone.page.getByRole('button', { name: 'Sync now' }).click();
      await syncNow(phone.page).catch(() => syncNow(phone.page));
      await syncNow(laptop.page).catch(() => syncNow(laptop.page));
    }
    proxy.reset();
    await syncNow(phone.page);
    await syncNow(laptop.page);
    const titles = ['Before the faults', ...faults.map((_, i) => `Session ${i + 1}`)];
    for (const app of [phone, laptop]) {
      expect(await logCounts(app.page, titles)).toEqual(titles.map(() => 1));
    }
  }, 400_000);

  it('against nginx, which ignores preconditions, nothing is lost or doubled', async () => {
    nginx = await startNginxDav();
    const { phone, laptop } = await pair(freshFolder(nginx, 'nginx'), ['First on nginx']);
    await logActivity(laptop.page, 'From the laptop on nginx');
    await syncNow(laptop.page);
    await logActivity(phone.page, 'Second on nginx');
    await syncNow(phone.page);
    await syncNow(laptop.page);
    await syncNow(phone.page);
    const titles = ['First on nginx', 'From the laptop on nginx', 'Second on nginx'];
    for (const app of [phone, laptop]) {
      expect(await logCounts(app.page, titles)).toEqual([1, 1, 1]);
    }
  }, 300_000);
});
