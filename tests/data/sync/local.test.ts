import { describe, expect, it } from 'vitest';
import { snapshotBeforeSync } from '../../../src/data/backup/before-sync';
import { restoreSnapshot } from '../../../src/data/backup/restore';
import { listSnapshots } from '../../../src/data/backup/snapshots';
import { db } from '../../../src/data/db';
import { NO_PROGRESS } from '../../../src/data/sync/engine';
import {
  forgetSyncSetup,
  loadDataKey,
  loadProgress,
  loadSyncConfig,
  saveProgress,
  saveSyncSetup,
} from '../../../src/data/sync/local';
import { sampleData } from '../../fixtures/backup-sample';
import { dumpDb, seed } from '../fixture-db';

const config = {
  url: 'https://cloud.example.org/remote.php/dav/files/giulia/Tracker/',
  user: 'giulia',
  password: 'app-password',
  deviceName: 'Phone',
  enabled: true,
};

async function aKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

describe('what a device keeps about sync', () => {
  it('keeps the setup and the unlocked key on the device, and forgets them without touching data', async () => {
    await seed(sampleData());
    const before = await dumpDb();
    await saveSyncSetup(config, await aKey());
    expect(await loadSyncConfig()).toEqual(config);
    expect((await loadDataKey())?.extractable).toBe(false);
    await saveProgress({ ...NO_PROGRESS, seq: 4, cursors: { other: 2 } });
    await forgetSyncSetup();
    expect(await loadSyncConfig()).toBeNull();
    expect(await loadDataKey()).toBeNull();
    expect(await loadProgress()).toEqual(NO_PROGRESS);
    expect(await dumpDb()).toEqual(before);
  });

  it('starts the progress again when the folder changes, and keeps it when it does not', async () => {
    await saveSyncSetup(config, await aKey());
    await saveProgress({ ...NO_PROGRESS, seq: 4 });
    await saveSyncSetup({ ...config, password: 'new' }, await aKey());
    expect((await loadProgress()).seq).toBe(4);
    await saveSyncSetup({ ...config, url: 'https://other.example.org/dav/' }, await aKey());
    expect((await loadProgress()).seq).toBe(0);
  });

  it('remembers from one round to the next a file number written without an answer', async () => {
    // Without `attempted`, the next round would write that number again unseen, and a server
    // that ignores If-None-Match (nginx) would overwrite a file another device may have read.
    const kept = { ...NO_PROGRESS, seq: 4, attempted: 5, cursors: { 'laptop-001': 3 } };
    await saveProgress(kept);
    expect(await loadProgress()).toEqual(kept);
  });

  it('reads the progress an earlier version kept, and leaves out its folder tags', async () => {
    const earlier = {
      seq: 7,
      sinceSnapshot: 2,
      cursors: { 'laptop-001': 5 },
      names: { 'laptop-001': 'Laptop' },
      merged: true,
      tagsFollowFiles: true,
      folderTags: { 'laptop-001': '"1000-abc"' },
      ownTagBeforeWrite: 'W/"1000-def"',
      readAllAt: 1_764_590_000_000,
    };
    await saveProgress(earlier as typeof NO_PROGRESS);
    expect(await loadProgress()).toEqual({
      seq: 7,
      sinceSnapshot: 2,
      cursors: { 'laptop-001': 5 },
      names: { 'laptop-001': 'Laptop' },
      merged: true,
    });
  });
});

describe('the snapshot before a first sync', () => {
  it('keeps the data as it was, restorable like a snapshot before a restore', async () => {
    await seed(sampleData());
    const before = await dumpDb();
    const id = await snapshotBeforeSync(2);
    expect(id).toBeTruthy();
    const [snap] = await listSnapshots();
    expect(snap?.reason).toBe('before-sync');
    expect(snap?.counts?.activities).toBe(2);
    // What a merge could have changed comes back with a restore of that snapshot.
    await (await db()).clear('activities');
    expect((await restoreSnapshot(snap?.id ?? '')).ok).toBe(true);
    const activities = (s: string) => JSON.parse(s).activities;
    expect(activities(await dumpDb())).toEqual(activities(before));
  });

  it('keeps nothing for a device with no data', async () => {
    expect(await snapshotBeforeSync(2)).toBeNull();
    expect(await listSnapshots()).toEqual([]);
  });
});
