// Reading and writing all user stores inside a transaction the caller owns. Only IndexedDB
// requests are awaited here, so these are safe inside a readwrite transaction.
import type { IDBPTransaction, StoreNames } from 'idb';
import type { TrackerDB, UserStore } from '../db';
import { type BackupData, RECORD_STORES } from './format';

export const SETTINGS_KEY = 'app';

/** Every user record, as stored (each store's getAll is in key order). */
export async function readUserData<
  S extends ArrayLike<StoreNames<TrackerDB>>,
  M extends IDBTransactionMode,
>(anyTx: IDBPTransaction<TrackerDB, S, M>): Promise<BackupData> {
  const tx = anyTx as unknown as IDBPTransaction<TrackerDB, UserStore[], M>;
  const [settings, ...lists] = await Promise.all([
    tx.objectStore('settings').get(SETTINGS_KEY),
    ...RECORD_STORES.map((store) => tx.objectStore(store).getAll()),
  ]);
  const data: Record<string, unknown> = { settings: settings ?? null };
  RECORD_STORES.forEach((store, i) => {
    data[store] = lists[i];
  });
  return data as unknown as BackupData;
}

export function isEmptyData(data: BackupData): boolean {
  return data.settings === null && RECORD_STORES.every((store) => data[store].length === 0);
}

/**
 * The data with every piece of evidence under an id of its own. The app never makes two with
 * one id, but an older version could restore a file that had them, and a backup refuses them
 * (deleting one would delete both). A later copy gets a fresh id: nothing is dropped, and the
 * device's own backups and snapshots always restore.
 */
export function withUniqueEvidenceIds(data: BackupData, makeId: () => string): BackupData {
  let changed = false;
  const skillStates = data.skillStates.map((state) => {
    const seen = new Set<string>();
    let clash = false;
    const evidence = state.evidence.map((e) => {
      if (!seen.has(e.id)) {
        seen.add(e.id);
        return e;
      }
      clash = true;
      let id = makeId();
      while (seen.has(id)) id = makeId();
      seen.add(id);
      return { ...e, id };
    });
    if (!clash) return state;
    changed = true;
    return { ...state, evidence };
  });
  return changed ? { ...data, skillStates } : data;
}
