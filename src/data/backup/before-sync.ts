import type { IDBPTransaction } from 'idb';
import { db, newId, type TrackerDB, USER_STORES, type UserStore } from '../db';
import { withStorageErrors } from '../errors';
import { makeBackupDoc } from './format';
import { isEmptyData, readUserData, withUniqueEvidenceIds } from './io';
import { saveSnapshotInTx } from './snapshots';

// The safety net: before this device first merges synced data into its own, what it holds is
// kept in the same snapshot store as the copies kept before a restore, and restorable from
// Settings the same way. Loaded only for that one moment (it brings the backup format along).

/** Keeps a snapshot of the current data (reason 'before-sync'); null when there is no data. */
export function snapshotBeforeSync(
  contentVersion: number,
  now = new Date(),
): Promise<string | null> {
  return withStorageErrors(async () => {
    const tx: IDBPTransaction<TrackerDB, (UserStore | 'snapshots' | 'meta')[], 'readwrite'> = (
      await db()
    ).transaction([...USER_STORES, 'snapshots', 'meta'], 'readwrite');
    const current = await readUserData(tx);
    if (isEmptyData(current)) {
      await tx.done;
      return null;
    }
    const doc = makeBackupDoc(withUniqueEvidenceIds(current, newId), {
      exportedAt: now.toISOString(),
      contentVersion,
    });
    const [id] = await Promise.all([saveSnapshotInTx(tx, doc, now, 'before-sync'), tx.done]);
    return id;
  });
}
