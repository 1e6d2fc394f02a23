// Test helpers: fill a database, dump every store, and build a database at an OLD schema
// version with raw IndexedDB (not db()), as a user's device would have it before an update.
import type { BackupData } from '../../src/data/backup/format';
import { RECORD_STORES } from '../../src/data/backup/format';
import { canonical } from '../../src/data/canonical';
import { DB_NAME, db } from '../../src/data/db';

/** Puts the data straight into the stores (no restore logic involved). */
export async function seed(data: BackupData): Promise<void> {
  const database = await db();
  const tx = database.transaction(['settings', ...RECORD_STORES], 'readwrite');
  if (data.settings) void tx.objectStore('settings').put(data.settings, 'app');
  for (const store of RECORD_STORES) {
    const target = tx.objectStore(store) as unknown as { put(v: unknown): Promise<unknown> };
    for (const record of data[store]) void target.put(record);
  }
  await tx.done;
}

/** The sync bookkeeping (clocks, log, conflicts; this device's id and clock): not user data. */
const SYNC_STORES = ['syncClocks', 'syncLog', 'syncConflicts'];
const SYNC_META = ['syncDevice', 'syncClock', 'syncEnabled'];

/**
 * Every store of the database, every record with its key, as one JSON string. `canonical` sorts
 * object keys (a restored record may list its fields in another order, with the same content).
 */
export async function dumpDb(
  opts: { canonical?: boolean; ignoreMeta?: readonly string[]; ignoreSync?: boolean } = {},
): Promise<string> {
  const database = await db();
  const names = [...database.objectStoreNames]
    .sort()
    .filter((n) => !opts.ignoreSync || !SYNC_STORES.includes(n));
  const ignoreMeta = [...(opts.ignoreMeta ?? []), ...(opts.ignoreSync ? SYNC_META : [])];
  const tx = database.transaction(names, 'readonly');
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const store = tx.objectStore(name);
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    out[name] = keys
      .map((key, i) => [key, values[i]])
      .filter(([key]) => name !== 'meta' || !ignoreMeta.includes(key as string));
  }
  await tx.done;
  return opts.canonical ? canonical(out) : JSON.stringify(out);
}

export interface StoreFixture {
  readonly keyPath: string | null;
  readonly indexes: readonly {
    readonly name: string;
    readonly keyPath: string;
    readonly multiEntry?: boolean;
  }[];
  /** Records; for stores with no keyPath each item is { key, value }. */
  readonly records: readonly unknown[];
}

/** A database as saved by an old app version: its schema and its records. */
export interface DbFixture {
  readonly version: number;
  readonly note?: string;
  readonly stores: Readonly<Record<string, StoreFixture>>;
}

function req<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Creates DB_NAME at fixture.version with the fixture's stores and records, then closes it. */
export async function createDbFromFixture(fixture: DbFixture): Promise<void> {
  const open = indexedDB.open(DB_NAME, fixture.version);
  open.onupgradeneeded = () => {
    const database = open.result;
    for (const [name, spec] of Object.entries(fixture.stores)) {
      const store = database.createObjectStore(
        name,
        spec.keyPath === null ? {} : { keyPath: spec.keyPath },
      );
      for (const index of spec.indexes) {
        store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry ?? false });
      }
    }
  };
  const database = await req(open);
  const names = Object.keys(fixture.stores);
  const tx = database.transaction(names, 'readwrite');
  for (const [name, spec] of Object.entries(fixture.stores)) {
    for (const record of spec.records) {
      if (spec.keyPath === null) {
        const { key, value } = record as { key: IDBValidKey; value: unknown };
        tx.objectStore(name).put(value, key);
      } else tx.objectStore(name).put(record);
    }
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  database.close();
}
