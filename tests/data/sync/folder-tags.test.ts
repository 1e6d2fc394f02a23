import { afterEach, describe, expect, it, vi } from 'vitest';
import { syncRound } from '../../../src/data/sync/engine';
import { device, remoteWithKeyring } from './fakes';

// A round reads another device's folder only when it may hold something new: the folder's tag
// in the listing of the sync folder says so, once this server has shown that its tags follow
// their files. Fewer requests, never a missed change.

const round = (d: ReturnType<typeof device>) => syncRound(d.deps());
const listed = (requests: string[], folder: string) => requests.includes(`LIST ${folder}/`);

/** Two devices on a server whose tags follow files, each having seen the other's tag move. */
async function twoDevicesTrustingTags() {
  const remote = await remoteWithKeyring();
  remote.folderTags = 'follow';
  const phone = device('phone-0001', remote);
  const laptop = device('laptop-001', remote);
  await round(phone);
  await round(laptop);
  for (let i = 0; i < 2; i++) {
    phone.changes.edit('activities', `p${i}`, { title: `Phone ${i}` });
    await round(phone);
    laptop.changes.edit('activities', `l${i}`, { title: `Laptop ${i}` });
    await round(laptop);
  }
  await round(phone); // the phone applies the laptop's last segment
  return { remote, phone, laptop };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('reading only the folders that changed', () => {
  it('skips a device folder that did not change once tags proved to follow files, and reads it again when it changes', async () => {
    const { remote, phone, laptop } = await twoDevicesTrustingTags();
    expect(laptop.progress.tagsFollowFiles).toBe(true);
    remote.requests = [];
    laptop.changes.edit('activities', 'l9', { title: 'Nothing new from the phone' });
    await round(laptop);
    expect(listed(remote.requests, 'phone-0001')).toBe(false);
    phone.changes.edit('activities', 'p9', { title: 'Late on the train' });
    await round(phone);
    remote.requests = [];
    expect((await round(laptop)).applied).toBe(1);
    expect(listed(remote.requests, 'phone-0001')).toBe(true);
    expect(laptop.changes.view()).toEqual(phone.changes.view());
  });

  it('still reads every folder in full at least every half hour', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { remote, laptop } = await twoDevicesTrustingTags();
    remote.requests = [];
    await round(laptop);
    expect(listed(remote.requests, 'phone-0001')).toBe(false);
    vi.setSystemTime(Date.now() + 31 * 60_000);
    remote.requests = [];
    await round(laptop);
    expect(listed(remote.requests, 'phone-0001')).toBe(true);
  });

  it('reads every folder every round on a server whose folder tags never change, and misses nothing', async () => {
    const remote = await remoteWithKeyring();
    remote.folderTags = 'frozen';
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    await round(phone);
    await round(laptop);
    for (let i = 0; i < 4; i++) {
      phone.changes.edit('activities', `p${i}`, { minutes: i });
      await round(phone);
      remote.requests = [];
      expect((await round(laptop)).applied).toBe(1);
      expect(listed(remote.requests, 'phone-0001')).toBe(true);
    }
    expect(laptop.progress.tagsFollowFiles).toBe(false);
    expect(laptop.changes.view()).toEqual(phone.changes.view());
  });
});
