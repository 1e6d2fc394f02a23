import { describe, expect, it } from 'vitest';
import { SyncStoppedError, syncRound } from '../../../src/data/sync/engine';
import { device, remoteWithKeyring } from './fakes';

const round = (d: ReturnType<typeof device>) => syncRound(d.deps());

async function stopped(promise: Promise<unknown>): Promise<SyncStoppedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncStoppedError);
  return error as SyncStoppedError;
}

describe('a sync round', () => {
  it('carries what one device logged to the other, and back', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    phone.changes.edit('activities', 'a1', { title: 'Webinar', minutes: 45 });
    await round(phone);
    await round(laptop);
    expect(laptop.changes.view()).toEqual({ 'activities/a1': { title: 'Webinar', minutes: 45 } });
    laptop.changes.edit('activities', 'a1', { minutes: 50 });
    await round(laptop);
    await round(phone);
    expect(phone.changes.view()).toEqual({ 'activities/a1': { title: 'Webinar', minutes: 50 } });
    expect(laptop.progress.names['phone-0001']).toBe('phone-0001');
  });

  it('pushes one segment per round, whatever the number of changes', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    await round(phone);
    for (let i = 0; i < 30; i++) phone.changes.edit('activities', `a${i}`, { minutes: i });
    remote.requests = [];
    await round(phone);
    expect(remote.requests.filter((r) => r.startsWith('PUT'))).toEqual(['PUT phone-0001.00000002']);
    // Nothing new: no write at all.
    remote.requests = [];
    expect((await round(phone)).sent).toBe(0);
    expect(remote.requests.filter((r) => !r.startsWith('LIST'))).toEqual([]);
  });

  it('lists the sync folder once for every device’s files, and makes no folder', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    const tablet = device('tablet-001', remote);
    for (const d of [phone, laptop, tablet, phone]) await round(d);
    laptop.changes.edit('activities', 'l1', { title: 'From the laptop' });
    await round(laptop);
    tablet.changes.edit('activities', 't1', { title: 'From the tablet' });
    await round(tablet);
    phone.changes.edit('activities', 'p1', { title: 'From the phone' });
    remote.requests = [];
    await round(phone);
    expect(remote.requests).toEqual([
      'LIST ',
      'GET laptop-001.00000002',
      'GET tablet-001.00000002',
      'PUT phone-0001.00000002',
    ]);
    expect(remote.dirs.size).toBe(0);
    expect(Object.keys(phone.changes.view())).toEqual([
      'activities/l1',
      'activities/p1',
      'activities/t1',
    ]);
  });

  it('does not apply a segment again in the next round, and applying one twice changes nothing', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    phone.changes.edit('goals', 'g1', { title: 'Analytics' });
    await round(phone);
    expect((await round(laptop)).applied).toBe(1);
    expect((await round(laptop)).applied).toBe(0);
    const before = laptop.changes.view();
    laptop.forgetProgress(); // as if the cursor had been lost: everything is read again
    expect((await round(laptop)).applied).toBe(0);
    expect(laptop.changes.view()).toEqual(before);
  });

  it('stops, changing nothing here, when the folder lost its keyring (emptied or replaced)', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    phone.changes.edit('activities', 'a1', { title: 'Course' });
    await round(phone);
    remote.files.clear();
    phone.changes.edit('activities', 'a2', { title: 'Reading' });
    const error = await stopped(round(phone));
    expect(error.reason).toBe('remote-empty');
    expect(remote.files.size).toBe(0);
    expect(Object.keys(phone.changes.view())).toEqual(['activities/a1', 'activities/a2']);
    expect((await phone.changes.pendingChanges()).changes).toHaveLength(1);
  });

  it('stops before applying anything when a segment is missing, and names the device', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote, 'Giulia’s phone');
    const tablet = device('tablet-001', remote);
    const laptop = device('laptop-001', remote);
    await round(phone);
    await round(laptop);
    tablet.changes.edit('activities', 't1', { title: 'From the tablet' });
    await round(tablet);
    phone.changes.edit('activities', 'a1', { title: 'One' });
    await round(phone);
    phone.changes.edit('activities', 'a2', { title: 'Two' });
    await round(phone);
    remote.files.delete('phone-0001.00000002');
    const error = await stopped(round(laptop));
    expect(error.reason).toBe('missing');
    expect(error.device).toBe('Giulia’s phone');
    // Not even the tablet's intact segment was applied, and nothing was pushed.
    expect(laptop.changes.view()).toEqual({});
    expect(remote.filesOf('laptop-001')).toHaveLength(1);
  });

  it('stops before applying anything when a file cannot be decrypted, or was renamed', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    phone.changes.edit('activities', 'a1', { title: 'One' });
    await round(phone);
    phone.changes.edit('activities', 'a2', { title: 'Two' });
    await round(phone);
    const second = remote.files.get('phone-0001.00000002');
    // The second segment swapped into the first one's place fails its file identity.
    remote.files.set('phone-0001.00000001', second ?? new Uint8Array());
    const error = await stopped(round(laptop));
    expect(error.reason).toBe('unreadable');
    expect(laptop.changes.view()).toEqual({});
    expect(laptop.changes.applyCalls).toBe(0);
  });

  it('takes the safety snapshot once, just before the first remote data is applied', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    laptop.changes.edit('activities', 'mine', { title: 'Already here' });
    await round(laptop); // nothing to merge yet: no snapshot
    expect(laptop.state.safetySnapshots).toBe(0);
    phone.changes.edit('activities', 'a1', { title: 'From the phone' });
    await round(phone);
    await round(laptop);
    phone.changes.edit('activities', 'a2', { title: 'Another' });
    await round(phone);
    await round(laptop);
    expect(laptop.state.safetySnapshots).toBe(1);
    expect(Object.keys(laptop.changes.view())).toEqual([
      'activities/a1',
      'activities/a2',
      'activities/mine',
    ]);
  });

  it('sends a device’s data from before sync in its first segment, so a device that joins empty loses nothing', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    const third = device('third-0001', remote);
    phone.changes.edit('activities', 'p', { title: 'Phone' });
    laptop.changes.edit('activities', 'l', { title: 'Laptop' });
    await phone.changes.markSent(99); // already "sent" by the model: the state still goes
    await round(phone);
    await round(laptop);
    await round(third);
    await round(phone);
    const all = { 'activities/l': { title: 'Laptop' }, 'activities/p': { title: 'Phone' } };
    expect(third.changes.view()).toEqual(all);
    expect(phone.changes.view()).toEqual(all);
    await round(laptop);
    expect(laptop.changes.view()).toEqual(all);
  });
});
