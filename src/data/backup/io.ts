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
