import type { IDBPTransaction } from 'idb';
import type { MetaRecord, TrackerDB, TrackerDb, UserStore } from './db';
import { DataChangedElsewhereError, RecordConflictError } from './errors';

// A restore swaps the whole data set under every open tab, and a tab's screens keep what they
// read. So a restore bumps the data generation (in the same transaction as its writes), each tab
// remembers the generation it loaded, and every write checks it inside its own transaction: a
// stale tab is refused instead of writing yesterday's records over the restored ones.

export const GENERATION_KEY = 'dataGeneration';

type WriteTx = IDBPTransaction<
  TrackerDB,
  (UserStore | 'meta' | 'snapshots' | 'syncClocks' | 'syncLog' | 'syncConflicts')[],
  'readwrite'
>;

/** The generation this tab read its data at; null until the database was first opened. */
let loaded: number | null = null;
let reading = false;
/** Told when a write found the data changed elsewhere (the reload banner listens). */
let onStale: () => void = () => {};

function generationIn(record: MetaRecord | undefined): number {
  return typeof record?.value === 'number' ? record.value : 0;
}

/**
 * Called once when the connection opens, and not awaited (first paint does not wait for it).
 * Its read is the first transaction on `meta`, so every later write, whose transaction also
 * covers `meta`, starts only after it has finished. Kept for the page's life: a connection
 * reopened later (the browser closed it) must not adopt a restore this tab never saw.
 */
export function rememberGeneration(database: TrackerDb): void {
  if (reading) return;
  reading = true;
  void database
    .get('meta', GENERATION_KEY)
    .then((record) => {
      loaded ??= generationIn(record);
    })
    .catch(() => {});
}

/** Refuses the write (before anything is written) when another tab restored since we loaded. */
export async function checkGeneration(tx: WriteTx): Promise<void> {
  const current = generationIn(await tx.objectStore('meta').get(GENERATION_KEY));
  loaded ??= current; // the first read failed: what is there now is what this tab works on
  if (current !== loaded) {
    onStale();
    throw new DataChangedElsewhereError();
  }
}

/** Inside a restore's transaction: the data this tab and every other one loaded is now old. */
export async function bumpGeneration(tx: WriteTx): Promise<number> {
  const meta = tx.objectStore('meta');
  const next = generationIn(await meta.get(GENERATION_KEY)) + 1;
  await meta.put({ key: GENERATION_KEY, value: next });
  return next;
}

/** After this tab's own restore committed: its next writes belong to the new generation. */
export function adoptGeneration(generation: number): void {
  loaded = generation;
}

export function onStaleWrite(listener: () => void): void {
  onStale = listener;
}

/** Tests only: the next opened database is a new page's. */
export function forgetGenerationForTests(): void {
  loaded = null;
  reading = false;
}

/**
 * An edit made from what this tab read: the record must still be there and unchanged since
 * (same updatedAt), or the edit would bring back a deleted record or undo a newer edit.
 */
export function expectUnchanged<T extends { readonly updatedAt: string }>(
  current: T | undefined,
  readUpdatedAt: string | undefined,
): T {
  if (!current) throw new RecordConflictError('missing');
  if (readUpdatedAt !== undefined && current.updatedAt !== readUpdatedAt) {
    throw new RecordConflictError('changed');
  }
  return current;
}
