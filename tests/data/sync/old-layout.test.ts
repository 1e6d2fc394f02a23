import { describe, expect, it } from 'vitest';
import { type SyncProgress, syncRound } from '../../../src/data/sync/engine';
import type { Change } from '../../../src/data/sync/ports';
import { device, fakeCrypto, type MemoryRemote, remoteWithKeyring } from './fakes';

// Sync folders written by the versions before 1 Dec 2026 hold one folder per device
// (`<device>/00000001`, `<device>/s00000002`). This version writes `<device>.00000001` beside the
// keyring. Devices update one at a time: nothing may be lost meanwhile, nothing of the old
// layout is overwritten or deleted, and once each has updated they agree.

type Device = ReturnType<typeof device>;
const round = (d: Device) => syncRound(d.deps());
const key = { fake: 'key' } as unknown as CryptoKey;

/** What a device of the version before wrote: a file in its own folder, sealed with that path. */
async function writeOld(
  remote: MemoryRemote,
  d: Device,
  seq: number,
  changes: readonly Change[],
  snapshot = false,
) {
  remote.dirs.add(d.id);
  const path = `${d.id}/${snapshot ? 's' : ''}${String(seq).padStart(8, '0')}`;
  const body = { v: 1, device: d.id, seq, snapshot, name: d.id, changes };
  remote.files.set(path, await fakeCrypto.sealFile(key, path, body));
}

/** A round of the version before, for a device that only sends: its pending changes, as `seq`. */
async function oldSend(remote: MemoryRemote, d: Device, seq: number) {
  const pending = await d.changes.pendingChanges();
  await writeOld(remote, d, seq, pending.changes);
  await d.changes.markSent(pending.upTo);
  return pending.changes;
}

const oldFiles = (remote: MemoryRemote) =>
  new Map([...remote.files].filter(([path]) => path.includes('/')));

function progress(seq: number, cursors: Record<string, number>): SyncProgress {
  return { seq, sinceSnapshot: 1, cursors, names: {}, merged: true };
}

describe('a sync folder of the layout before (a folder per device)', () => {
  it('devices that update one at a time lose nothing, touch no old file, and converge', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    // Before the update: the phone sent one segment, the laptop three and a snapshot.
    phone.changes.edit('activities', 'a1', { title: 'Phone before' });
    const fromPhone = await oldSend(remote, phone, 1);
    await laptop.changes.applyRemoteChanges([...fromPhone]);
    laptop.changes.edit('activities', 'b1', { title: 'Laptop before' });
    await oldSend(remote, laptop, 1);
    laptop.changes.edit('activities', 'b2', { title: 'Laptop, second' });
    await oldSend(remote, laptop, 2);
    await writeOld(remote, laptop, 2, await laptop.changes.fullState(), true);
    remote.files.delete('laptop-001/00000001');
    remote.files.delete('laptop-001/00000002');
    laptop.changes.edit('activities', 'b3', { title: 'Laptop, third' });
    await oldSend(remote, laptop, 3);
    // The phone had read only the laptop's first segment.
    await phone.changes.applyRemoteChanges(
      (await laptop.changes.fullState()).filter((c) => c.id === 'b1'),
    );
    phone.setProgress(progress(1, { 'laptop-001': 1 }));
    laptop.setProgress(progress(3, { 'phone-0001': 1 }));
    const before = oldFiles(remote);

    // The phone updates: it reads the laptop's folder, and puts its whole state in the new layout.
    remote.requests = [];
    await round(phone);
    expect(Object.keys(phone.changes.view())).toEqual([
      'activities/a1',
      'activities/b1',
      'activities/b2',
      'activities/b3',
    ]);
    expect(remote.filesOf('phone-0001')).toEqual(['phone-0001.s00000002']);
    // The laptop, still on the version before, keeps sending in its folder: the phone reads it.
    laptop.changes.edit('activities', 'b4', { title: 'Laptop, not updated yet' });
    await oldSend(remote, laptop, 4);
    laptop.setProgress(progress(4, { 'phone-0001': 1 }));
    phone.changes.edit('activities', 'a2', { title: 'Phone after' });
    await round(phone);
    expect(phone.changes.view()['activities/b4']).toEqual({ title: 'Laptop, not updated yet' });

    // The laptop updates: it reads the phone's new files and moves its own state over.
    await round(laptop);
    expect(remote.filesOf('laptop-001')).toEqual(['laptop-001.s00000005']);
    await round(phone);
    expect(laptop.changes.view()).toEqual(phone.changes.view());
    expect(Object.keys(phone.changes.view())).toHaveLength(6);
    // Every file of the layout before is still there, byte for byte, and no more were written.
    for (const [path, bytes] of before) expect(remote.files.get(path)).toEqual(bytes);
    expect([...oldFiles(remote).keys()].sort()).toEqual([
      'laptop-001/00000003',
      'laptop-001/00000004',
      'laptop-001/s00000002',
      'phone-0001/00000001',
    ]);

    // Later compactions delete only the device's own files of the new layout.
    for (let i = 0; i < 5; i++) {
      phone.changes.edit('activities', `p${i}`, { minutes: i });
      await round(phone);
    }
    expect(remote.filesOf('phone-0001')).toEqual([
      'phone-0001.00000006',
      'phone-0001.00000007',
      'phone-0001.00000008',
      'phone-0001.s00000006',
    ]);
    expect([...oldFiles(remote).keys()]).toHaveLength(4);
    expect(remote.requests.filter((r) => r.startsWith('DELETE') && r.includes('/'))).toEqual([]);
  });

  it('a device that joins with this version gets the data of devices still on the version before', async () => {
    const remote = await remoteWithKeyring();
    const laptop = device('laptop-001', remote);
    laptop.changes.edit('activities', 'b1', { title: 'Laptop' });
    await oldSend(remote, laptop, 1);
    laptop.changes.edit('activities', 'b2', { title: 'Laptop again' });
    await oldSend(remote, laptop, 2);
    const tablet = device('tablet-001', remote);
    tablet.changes.edit('activities', 't1', { title: 'Tablet' });
    await round(tablet);
    expect(Object.keys(tablet.changes.view())).toEqual([
      'activities/b1',
      'activities/b2',
      'activities/t1',
    ]);
    expect(remote.filesOf('tablet-001')).toEqual(['tablet-001.00000001']);
  });

  it('a device that forgot its progress continues after its old numbers with a snapshot, so a device behind on them is not stopped', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    for (const [seq, id] of [
      [1, 'a1'],
      [2, 'a2'],
      [3, 'a3'],
    ] as const) {
      phone.changes.edit('activities', id, { title: id });
      const sent = await oldSend(remote, phone, seq);
      // The laptop had applied only the phone's first segment.
      if (seq === 1) await laptop.changes.applyRemoteChanges([...sent]);
    }
    laptop.setProgress(progress(0, { 'phone-0001': 1 }));
    await round(phone); // progress lost (sync removed and set up again): seq 0
    expect(remote.filesOf('phone-0001')).toEqual(['phone-0001.s00000004']);
    await round(laptop);
    expect(Object.keys(laptop.changes.view())).toEqual([
      'activities/a1',
      'activities/a2',
      'activities/a3',
    ]);
  });

  it('a device whose last write of the version before lost its answer numbers its snapshot after it', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    phone.changes.edit('activities', 'a1', { title: 'One' });
    const one = await oldSend(remote, phone, 1);
    phone.changes.edit('activities', 'a2', { title: 'Two' });
    // Segment 2 landed, but its answer was lost: the phone still counts 1 and a2 as pending.
    const two = (await phone.changes.pendingChanges()).changes;
    await writeOld(remote, phone, 2, two);
    phone.setProgress({ ...progress(1, {}), attempted: 2 });
    await laptop.changes.applyRemoteChanges([...one, ...two]);
    laptop.setProgress(progress(0, { 'phone-0001': 2 }));
    phone.changes.edit('activities', 'a3', { title: 'Three, after the update' });
    await round(phone);
    expect(remote.filesOf('phone-0001')).toEqual(['phone-0001.s00000003']);
    await round(laptop);
    expect(Object.keys(laptop.changes.view())).toEqual([
      'activities/a1',
      'activities/a2',
      'activities/a3',
    ]);
  });
});
