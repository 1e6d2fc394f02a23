import type { IDBPTransaction } from 'idb';
import type { TrackerDB, UserStore } from './db';

// The backup reminder asks "did anything change since the last backup?" without reading 20,000
// activities. Reading the small stores whole and the activities' two ends misses an edit to an
// old activity, one logged for a past day, and every deletion: those writes leave this stamp,
// in the same transaction as the change itself.

export const DATA_CHANGED_KEY = 'dataChangedAt';

type WithMeta = IDBPTransaction<TrackerDB, (UserStore | 'meta')[], 'readwrite'>;

/**
 * Records that user data changed at `at` (an ISO time), inside the writing transaction. Queue it
 * before the change itself: a put that throws at once (a full disk, in some browsers) does not
 * abort the transaction, so a change queued before a throwing stamp would still be committed.
 */
export function stampDataChange(tx: WithMeta, at: string): Promise<unknown> {
  return tx.objectStore('meta').put({ key: DATA_CHANGED_KEY, value: at });
}
