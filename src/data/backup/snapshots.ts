// Snapshots: before a replace, the data it is about to overwrite is kept as a backup document
// inside the database, so one wrong tap can be undone. Only the last SNAPSHOTS_KEPT stay.
import type { IDBPTransaction } from 'idb';
import { db, newId, type Snapshot, type TrackerDB, type UserStore } from '../db';
import { type BackupCounts, type BackupDoc, backupStats } from './format';

export const SNAPSHOTS_KEPT = 3;

type SnapshotTx = IDBPTransaction<
  TrackerDB,
  (UserStore | 'snapshots' | 'meta' | 'syncClocks' | 'syncLog')[],
  'readwrite'
>;

const newestFirst = (a: Snapshot, b: Snapshot) =>
  a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1;

/** Snapshot ids start with their createdAt, so key order is age order: no value is read. */
const SORTABLE_ID = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z~/;

/** Newest first: from the keys alone when every id is sortable, else from the records. */
async function existingNewestFirst(tx: SnapshotTx): Promise<{ id: string; createdAt: string }[]> {
  const store = tx.objectStore('snapshots');
  const keys = await store.getAllKeys();
  if (keys.every((k) => SORTABLE_ID.test(k))) {
    return keys.reverse().map((id) => ({ id, createdAt: id.slice(0, 24) }));
  }
  // Ids made before they were sortable: read the records (each holds a whole backup).
  return (await store.getAll()).sort(newestFirst);
}

/**
 * Inside the caller's restore transaction: stores `doc` as the newest snapshot and deletes all
 * but the newest SNAPSHOTS_KEPT. createdAt is bumped past the newest existing one so that a
 * clock set back, or two restores in the same millisecond, still keep the right order.
 */
export async function saveSnapshotInTx(
  tx: SnapshotTx,
  doc: BackupDoc,
  now: Date,
  reason: Snapshot['reason'] = 'before-restore',
): Promise<string> {
  const store = tx.objectStore('snapshots');
  const existing = await existingNewestFirst(tx);
  const newest = existing[0] ? Date.parse(existing[0].createdAt) : Number.NEGATIVE_INFINITY;
  const createdAt = new Date(Math.max(now.getTime(), newest + 1)).toISOString();
  const id = `${createdAt}~${newId()}`;
  const full: Snapshot = {
    id,
    createdAt,
    reason,
    json: JSON.stringify({ ...doc, exportedAt: createdAt }),
  };
  const writes: Promise<unknown>[] = [store.put(full)];
  for (const old of existing.slice(SNAPSHOTS_KEPT - 1)) writes.push(store.delete(old.id));
  await Promise.all(writes);
  return id;
}

export interface SnapshotInfo {
  readonly id: string;
  readonly createdAt: string;
  readonly reason: Snapshot['reason'];
  /** Size of the stored JSON in characters (about its bytes). */
  readonly size: number;
  /** Record counts per store; null if the stored JSON cannot be read. */
  readonly counts: BackupCounts | null;
}

/** The kept snapshots, newest first, with what each holds (for "Undo last restore"). */
export async function listSnapshots(): Promise<SnapshotInfo[]> {
  const all = await (await db()).getAll('snapshots');
  return all.sort(newestFirst).map((s) => {
    let counts: BackupCounts | null = null;
    try {
      counts = backupStats(JSON.parse(s.json) as BackupDoc).counts;
    } catch {
      counts = null;
    }
    return { id: s.id, createdAt: s.createdAt, reason: s.reason, size: s.json.length, counts };
  });
}
