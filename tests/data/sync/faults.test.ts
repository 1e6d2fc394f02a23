import { describe, expect, it } from 'vitest';
import { SyncStoppedError, syncRound } from '../../../src/data/sync/engine';
import { device, remoteWithKeyring } from './fakes';

// A server that lies or fails mid-way: nothing is lost, nothing is applied twice in effect, and
// nothing of another device (or already written) is ever overwritten.

const round = (d: ReturnType<typeof device>) => syncRound(d.deps());
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('a sync round on a server that fails or lies', () => {
  it('a write whose answer was lost (500 after the write) is neither lost nor doubled', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    await round(phone);
    phone.changes.edit('activities', 'a1', { title: 'Webinar' });
    remote.afterWrite = () => 'lost';
    expect(await failure(round(phone))).toBeInstanceOf(Error);
    remote.afterWrite = () => undefined;
    // Still pending: sent again, as the next number (the first copy is not overwritten).
    expect((await phone.changes.pendingChanges()).changes).toHaveLength(1);
    await round(phone);
    expect((await phone.changes.pendingChanges()).changes).toHaveLength(0);
    expect(remote.filesOf('phone-0001')).toEqual([
      'phone-0001.00000001',
      'phone-0001.00000002',
      'phone-0001.00000003',
    ]);
    await round(laptop);
    expect(laptop.changes.view()).toEqual({ 'activities/a1': { title: 'Webinar' } });
  });

  it('on a server that ignores preconditions, a write whose answer was lost is looked at, not overwritten', async () => {
    const remote = await remoteWithKeyring();
    remote.honoursPreconditions = false;
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    await round(phone);
    await round(laptop);
    phone.changes.edit('activities', 'a1', { title: 'First' });
    remote.afterWrite = () => 'lost';
    await failure(round(phone));
    remote.afterWrite = () => undefined;
    // The laptop reads the segment whose answer the phone never got.
    await round(laptop);
    const seen = remote.files.get('phone-0001.00000002');
    phone.changes.edit('activities', 'a2', { title: 'Second' });
    await round(phone);
    expect(remote.files.get('phone-0001.00000002')).toEqual(seen);
    await round(laptop);
    expect(Object.keys(laptop.changes.view())).toEqual(['activities/a1', 'activities/a2']);
  });

  it('a write cut short is taken away and written again, and nobody applies the damaged copy', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    await round(phone);
    phone.changes.edit('activities', 'a1', { title: 'Webinar' });
    remote.afterWrite = (_path, bytes) => bytes.slice(0, 10);
    const error = await failure(round(phone));
    expect((error as { kind?: string }).kind).toBe('verify');
    expect(remote.files.has('phone-0001.00000002')).toBe(false);
    remote.afterWrite = () => undefined;
    await round(phone);
    await round(laptop);
    expect(laptop.changes.view()).toEqual({ 'activities/a1': { title: 'Webinar' } });
  });

  it('a damaged own file left behind is replaced by the next round', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    await round(phone);
    phone.changes.edit('activities', 'a1', { title: 'Webinar' });
    // The cut copy stays (the removal failed too).
    remote.afterWrite = (_path, bytes) => bytes.slice(0, 10);
    remote.onRequest = (op) => {
      if (op === 'DELETE') throw new Error('network');
    };
    await failure(round(phone));
    expect(remote.files.has('phone-0001.00000002')).toBe(true);
    expect(await failure(round(laptop))).toBeInstanceOf(SyncStoppedError);
    remote.afterWrite = () => undefined;
    remote.onRequest = () => {};
    await round(phone);
    await round(laptop);
    expect(laptop.changes.view()).toEqual({ 'activities/a1': { title: 'Webinar' } });
  });

  it('a storm of 412 stops the round after a few tries, with the changes still pending', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    await round(phone);
    phone.changes.edit('activities', 'a1', { title: 'Webinar' });
    remote.create = async (path) => {
      remote.requests.push(`PUT ${path}`);
      return 'exists';
    };
    remote.requests = [];
    const error = await failure(round(phone));
    expect((error as SyncStoppedError).reason).toBe('refused');
    expect(remote.requests.filter((r) => r.startsWith('PUT')).length).toBeLessThanOrEqual(5);
    expect((await phone.changes.pendingChanges()).changes).toHaveLength(1);
  });

  it('on a server that ignores preconditions, a device that lost its progress writes after its old files, not over them', async () => {
    const remote = await remoteWithKeyring();
    remote.honoursPreconditions = false;
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    phone.changes.edit('activities', 'a1', { title: 'One' });
    await round(phone);
    phone.changes.edit('activities', 'a2', { title: 'Two' });
    await round(phone);
    await round(laptop);
    const before = remote.files.get('phone-0001.00000002');
    phone.forgetProgress();
    phone.changes.edit('activities', 'a3', { title: 'Three' });
    await round(phone);
    expect(remote.files.get('phone-0001.00000002')).toEqual(before);
    await round(laptop);
    expect(Object.keys(laptop.changes.view())).toEqual([
      'activities/a1',
      'activities/a2',
      'activities/a3',
    ]);
  });

  it('compacts its own files after a verified snapshot, and a device behind reads the snapshot', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    await round(phone);
    await round(laptop);
    for (let i = 0; i < 6; i++) {
      phone.changes.edit('activities', `a${i}`, { minutes: i });
      await round(phone);
    }
    const phoneFiles = remote.filesOf('phone-0001');
    expect(phoneFiles).toEqual([
      'phone-0001.00000004',
      'phone-0001.00000005',
      'phone-0001.00000006',
      'phone-0001.00000007',
      'phone-0001.s00000004',
    ]);
    // The laptop's own files were never touched.
    expect(remote.files.has('laptop-001.00000001')).toBe(true);
    await round(laptop);
    expect(Object.keys(laptop.changes.view())).toHaveLength(6);
    const late = device('late-00001', remote);
    await round(late);
    expect(late.changes.view()).toEqual(laptop.changes.view());
  });

  it('after a device compacts, a device that had read all before it reads its last segment, not the snapshot', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    await round(phone);
    await round(laptop);
    for (let i = 0; i < 2; i++) {
      phone.changes.edit('activities', `a${i}`, { minutes: i });
      await round(phone);
      await round(laptop);
    }
    phone.changes.edit('activities', 'a2', { minutes: 2 });
    await round(phone); // its 4th segment since the start: a snapshot, the older files go
    expect(remote.filesOf('phone-0001')).toEqual(['phone-0001.00000004', 'phone-0001.s00000004']);
    remote.requests = [];
    await round(laptop);
    expect(remote.requests.filter((r) => r.startsWith('GET'))).toEqual(['GET phone-0001.00000004']);
    expect(laptop.changes.view()).toEqual(phone.changes.view());
  });

  it('a device whose folder was deleted on the server puts a full snapshot back', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    phone.changes.edit('activities', 'a1', { title: 'One' });
    await round(phone);
    phone.changes.edit('activities', 'a2', { title: 'Two' });
    await round(phone);
    remote.dropDevice('phone-0001');
    await round(phone);
    expect(remote.filesOf('phone-0001')).toEqual(['phone-0001.s00000003']);
    const laptop = device('laptop-001', remote);
    await round(laptop);
    expect(Object.keys(laptop.changes.view())).toEqual(['activities/a1', 'activities/a2']);
  });

  it('a device whose own file the server lost puts a snapshot after the hole, and nobody stays stopped', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote, 'Giulia’s phone');
    const laptop = device('laptop-001', remote);
    phone.changes.edit('activities', 'a1', { title: 'One' });
    await round(phone);
    phone.changes.edit('activities', 'a2', { title: 'Two' });
    await round(phone);
    phone.changes.edit('activities', 'a3', { title: 'Three' });
    await round(phone);
    remote.files.delete('phone-0001.00000002');
    const error = await failure(round(laptop));
    expect((error as SyncStoppedError).reason).toBe('missing');
    // The phone sees the hole in its own files, with nothing new to send.
    await round(phone);
    expect(remote.filesOf('phone-0001')).toContain('phone-0001.s00000004');
    await round(laptop);
    expect(Object.keys(laptop.changes.view()).sort()).toEqual([
      'activities/a1',
      'activities/a2',
      'activities/a3',
    ]);
    // Once whole again, a round with nothing to say writes nothing.
    const files = remote.filesOf('phone-0001').length;
    await round(phone);
    expect(remote.filesOf('phone-0001')).toHaveLength(files);
  });

  it('a server down in the middle of the round changes nothing here, and the next round completes', async () => {
    const remote = await remoteWithKeyring();
    const phone = device('phone-0001', remote);
    const laptop = device('laptop-001', remote);
    phone.changes.edit('activities', 'a1', { title: 'One' });
    await round(phone);
    laptop.changes.edit('activities', 'b1', { title: 'Mine' });
    remote.onRequest = (op) => {
      if (op === 'GET') throw Object.assign(new Error('connection refused'), { kind: 'network' });
    };
    await failure(round(laptop));
    expect(laptop.changes.view()).toEqual({ 'activities/b1': { title: 'Mine' } });
    remote.onRequest = () => {};
    await round(laptop);
    await round(phone);
    expect(phone.changes.view()).toEqual(laptop.changes.view());
    expect(Object.keys(phone.changes.view())).toHaveLength(2);
  });
});
