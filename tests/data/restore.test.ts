import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { currentBackupDoc, exportBackup } from '../../src/data/backup/export';
import { type BackupData, backupStats } from '../../src/data/backup/format';
import {
  applyRestore,
  parseBackup,
  previewRestore,
  restoreSnapshot,
} from '../../src/data/backup/restore';
import { listSnapshots } from '../../src/data/backup/snapshots';
import { db, resetDbForTests } from '../../src/data/db';
import { GENERATION_KEY } from '../../src/data/generation';
import type { Activity, Settings } from '../../src/domain/types';
import { sampleData, sampleDoc, touched } from '../fixtures/backup-sample';
import { dumpDb, seed } from './fixture-db';

const LATER = '2026-04-01T09:00:00.000Z';
const EARLIER = '2026-01-01T09:00:00.000Z';

function settingsOf(data: BackupData): Settings {
  if (!data.settings) throw new Error('sample has settings');
  return data.settings;
}

function parsed(text: string) {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.detail}`);
  return result.doc;
}

describe('export then restore', () => {
  it('names the file after the local day and round-trips every record exactly', async () => {
    await seed(sampleData());
    const { fileName, json } = await exportBackup({ now: new Date(2026, 10, 26, 23, 30) });
    expect(fileName).toBe('self-training-tracker-backup-2026-11-26.json');
    const before = await dumpDb({ canonical: true, ignoreSync: true });
    // (The restore also marks a new data generation and stamps sync clocks: no user data.)

    // On a new phone: an empty database, then the file.
    resetDbForTests();
    globalThis.indexedDB = new IDBFactory();
    const result = await applyRestore(parsed(json), 'replace');
    expect(result.ok).toBe(true);
    const after = await dumpDb({ canonical: true, ignoreMeta: [GENERATION_KEY], ignoreSync: true });
    expect(after).toBe(before);
    expect((await currentBackupDoc()).data).toEqual(sampleData());
  });

  it('counts what a backup holds', () => {
    const { counts, total } = backupStats(sampleDoc());
    expect(counts).toMatchObject({ settings: 1, activities: 2, goals: 3, reminders: 3 });
    // settings, then each store's records (certifications, resources and marks: one each).
    expect(total).toBe(1 + 2 + 2 + 2 + 3 + 3 + 1 + 1 + 1 + 1 + 1);
  });
});

describe('preview', () => {
  it('replace: counts new, changed, identical and removed records per store', async () => {
    const data = sampleData();
    const [a1, a2] = data.activities as [Activity, Activity];
    await seed({ ...data, activities: [a1, a2, { ...a2, id: 'only-on-phone' }] });
    const file = sampleDoc({
      ...data,
      activities: [touched(a1, { minutes: 50 }, LATER), a2, { ...a2, id: 'only-in-file' }],
    });
    const preview = await previewRestore(file, 'replace');
    expect(preview.ok && preview.counts.activities).toEqual({
      new: 1,
      changed: 1,
      identical: 1,
      kept: 0,
      removed: 1,
    });
    expect(preview.ok && preview.counts.goals).toMatchObject({ identical: 3, removed: 0 });
  });

  it('merge: a record edited earlier in the file is kept from the device, never removed', async () => {
    const data = sampleData();
    const [a1, a2] = data.activities as [Activity, Activity];
    await seed({ ...data, activities: [a1, a2, { ...a2, id: 'only-on-phone' }] });
    const file = sampleDoc({
      ...data,
      activities: [touched(a1, { minutes: 50 }, LATER), touched(a2, { minutes: 5 }, EARLIER)],
    });
    const preview = await previewRestore(file, 'merge');
    expect(preview.ok && preview.counts.activities).toEqual({
      new: 0,
      changed: 1,
      identical: 0,
      kept: 1,
      removed: 0,
    });
  });

  it('does not write anything', async () => {
    await seed(sampleData());
    const before = await dumpDb();
    await previewRestore(sampleDoc({ ...sampleData(), goals: [], reminders: [] }), 'replace');
    expect(await dumpDb()).toBe(before);
  });
});

describe('merge', () => {
  it('keeps the newer version of each record and of the settings, and adds new ones', async () => {
    const data = sampleData();
    const [a1, a2] = data.activities as [Activity, Activity];
    const phoneSettings = touched(settingsOf(data), { theme: 'light' }, LATER);
    await seed({ ...data, settings: phoneSettings, activities: [a1, a2] });
    const newerA1 = touched(a1, { title: 'Edited on the laptop' }, LATER);
    const olderA2 = touched(a2, { title: 'Stale copy' }, EARLIER);
    const extra: Activity = { ...a2, id: 'ac3', title: 'Logged on the laptop' };
    const fileSettings = touched(settingsOf(data), { theme: 'dark', lang: 'en' }, EARLIER);
    const result = await applyRestore(
      sampleDoc({ ...data, settings: fileSettings, activities: [newerA1, olderA2, extra] }),
      'merge',
    );
    expect(result.ok).toBe(true);
    const database = await db();
    expect(await database.get('activities', 'ac1')).toEqual(newerA1);
    expect(await database.get('activities', 'ac2')).toEqual(a2);
    expect(await database.get('activities', 'ac3')).toEqual(extra);
    expect(await database.get('settings', 'app')).toEqual(phoneSettings);
    expect(await listSnapshots()).toEqual([]); // merge deletes nothing, so no snapshot
  });

  it('takes the file settings when they are newer', async () => {
    const data = sampleData();
    await seed(data);
    const fileSettings = touched(settingsOf(data), { lang: 'en' }, LATER);
    await applyRestore(sampleDoc({ ...data, settings: fileSettings }), 'merge');
    expect(await (await db()).get('settings', 'app')).toEqual(fileSettings);
  });
});

describe('replace and snapshots', () => {
  it('keeps the replaced data as a snapshot that restoreSnapshot brings back', async () => {
    await seed(sampleData());
    const before = await dumpDb({ ignoreSync: true });
    const result = await applyRestore(sampleDoc({ ...sampleData(), activities: [] }), 'replace');
    expect(result.ok && result.snapshotId).toBeTruthy();
    expect(await (await db()).count('activities')).toBe(0);

    const [snap] = await listSnapshots();
    expect(snap?.counts?.activities).toBe(2);
    const back = await restoreSnapshot(snap?.id ?? '');
    expect(back.ok).toBe(true);
    const after = JSON.parse(await dumpDb({ ignoreMeta: [GENERATION_KEY], ignoreSync: true }));
    const expected = JSON.parse(before);
    expect({ ...after, snapshots: [] }).toEqual({ ...expected, snapshots: [] });
    // Restoring a snapshot first snapshotted the data it replaced (the emptied activities).
    const snaps = await listSnapshots();
    expect(snaps.map((s) => s.counts?.activities)).toEqual([0, 2]);
  });

  it('keeps only the last 3 snapshots, newest first', async () => {
    await seed(sampleData());
    for (let i = 1; i <= 5; i++) {
      const data = sampleData();
      const activities = data.activities.slice(0, 1).map((a) => ({ ...a, minutes: i }));
      await applyRestore(sampleDoc({ ...data, activities }), 'replace', {
        now: new Date('2026-05-01T10:00:00Z'), // same instant: order must still hold
      });
    }
    const snaps = await listSnapshots();
    expect(snaps).toHaveLength(3);
    const minutes = await Promise.all(
      snaps.map(async (s) => {
        const snap = await (await db()).get('snapshots', s.id);
        return parsed(snap?.json ?? '').data.activities[0]?.minutes;
      }),
    );
    expect(minutes).toEqual([4, 3, 2]);
  });

  it('takes no snapshot of an empty device', async () => {
    const result = await applyRestore(sampleDoc(), 'replace');
    expect(result.ok && result.snapshotId).toBeNull();
    expect(await listSnapshots()).toEqual([]);
  });

  it('says when a snapshot no longer exists', async () => {
    const result = await restoreSnapshot('gone');
    expect(result.ok ? null : result.error.code).toBe('not-a-backup');
  });
});
