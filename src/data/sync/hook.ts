// The change hook: every local write of user data goes through writeRecords(), inside the
// writing transaction, which (1) stamps "data changed" for the backup reminder, (2) moves the
// record's per-field clocks on, (3) appends the outgoing change to the log when sync is on, and
// (4) writes the record itself. All four are queued synchronously after the reads, and a
// request that throws at once (a full disk, in some browsers) aborts the transaction: the record
// and its change are committed together or not at all.
import { type IDBPTransaction, unwrap } from 'idb';
import { ANY_FIELD, type Change, type ClockMap } from '../../domain/sync/change';
import {
  contentStampDevice,
  decodeHlc,
  encodeHlc,
  type Hlc,
  newDeviceId,
  stampFromTime,
  tick,
} from '../../domain/sync/hlc';
import { isLocalField } from '../../domain/sync/policy';
import { DEFAULT_SETTINGS, type Settings } from '../../domain/types';
import { canonical } from '../canonical';
import { DATA_CHANGED_KEY } from '../change-stamp';
import { type db, now, type TrackerDB, type UserStore } from '../db';
import { withStorageErrors } from '../errors';
import type { checkGeneration } from '../generation';
import type { SettingsPatch } from '../settings';
import {
  isPack,
  type PackBook,
  packedOf,
  readPacks,
  savePacks,
  setPacked,
  unpacked,
} from './clock-packs';
import { localChange } from './local-change';
import type { ClockRecord } from './types';

/** The stores a write must open besides its own: add them to every writing transaction. */
export const CHANGE_STORES = ['meta', 'syncClocks', 'syncLog'] as const;

export const DEVICE_KEY = 'syncDevice';
export const CLOCK_KEY = 'syncClock';
export const ENABLED_KEY = 'syncEnabled';

type AnyRecord = object;
type Values = Record<string, unknown>;

export interface RecordWrite {
  readonly store: UserStore;
  /** The record as stored before this write (undefined: there was none). */
  readonly before: AnyRecord | undefined;
  /** The record to store (undefined: delete it). */
  readonly after: AnyRecord | undefined;
  /** Conflicts this write settles on every device (see conflicts.ts). */
  readonly resolves?: readonly string[];
}

export type ChangeTx = IDBPTransaction<
  TrackerDB,
  (UserStore | 'meta' | 'syncClocks' | 'syncLog' | 'syncConflicts' | 'snapshots')[],
  'readwrite'
>;

let nowMs: () => number = () => Date.now();
/** Tests only: the wall clock the hybrid clock reads. */
export function setSyncTimeForTests(clock: (() => number) | null): void {
  nowMs = clock ?? (() => Date.now());
}
export function syncNow(): number {
  return nowMs();
}

export const clockKey = (store: string, id: string) => `${store}|${id}`;

export function recordId(store: string, record: AnyRecord): string {
  return store === 'settings' ? 'app' : String((record as { id: unknown }).id);
}

/** The fields that sync: everything but the key and this device's own settings. */
export function syncedValues(store: string, record: AnyRecord): Values {
  const out: Values = {};
  for (const [k, v] of Object.entries(record)) if (!isLocalField(store, k)) out[k] = v;
  return out;
}

/** This device's identity and clock, read inside the transaction (created on first use). */
export interface DeviceClock {
  readonly device: string;
  readonly last: Hlc | null;
  readonly enabled: boolean;
}

export async function readDeviceClock(tx: ChangeTx): Promise<DeviceClock> {
  const meta = tx.objectStore('meta');
  const [deviceRec, clockRec, enabledRec] = await Promise.all([
    meta.get(DEVICE_KEY),
    meta.get(CLOCK_KEY),
    meta.get(ENABLED_KEY),
  ]);
  let device = typeof deviceRec?.value === 'string' ? deviceRec.value : '';
  if (!device) {
    device = newDeviceId((n) => crypto.getRandomValues(new Uint8Array(n)));
    const request = raw(tx, 'meta').put({ key: DEVICE_KEY, value: device });
    request.onerror = function (this: IDBRequest) {
      if (!failures.has(tx)) failures.set(tx, this.error);
    };
  }
  const last = typeof clockRec?.value === 'string' ? decodeHlc(clockRec.value) : null;
  return { device, last, enabled: enabledRec?.value === true };
}

/** The smallest key range holding every id (string keys sort as JavaScript strings do). */
export function spanOf(ids: readonly string[]): IDBKeyRange {
  let low = ids[0] ?? '';
  let high = low;
  for (const id of ids) {
    if (id < low) low = id;
    if (id > high) high = id;
  }
  return IDBKeyRange.bound(low, high);
}

/** The clocks of some records, read in one transaction (see readClockRecords). */
export interface ClockView {
  /** Per `${store}|${id}`: the record's clocks, from its own entry or else from its pack. */
  readonly found: Map<string, ClockRecord>;
  /** The keys of `found` whose clocks are packed (no entry of their own). */
  readonly packed: Set<string>;
  /** The packs read: a writer changes them and saves them (clock-packs.ts). */
  readonly book: PackBook;
}

/** Clock records for the given keys: one range read per store when there are many. */
export async function readClockRecords(
  tx: ChangeTx,
  keys: readonly { store: string; id: string }[],
): Promise<ClockView> {
  const store = tx.objectStore('syncClocks');
  const found = new Map<string, ClockRecord>();
  const perStore = new Map<string, string[]>();
  for (const k of keys) {
    const ids = perStore.get(k.store);
    if (ids) ids.push(k.id);
    else perStore.set(k.store, [k.id]);
  }
  const [book] = await Promise.all([
    readPacks(tx, perStore),
    ...[...perStore].map(async ([name, ids]) => {
      if (ids.length > 200) {
        // The span of these ids only (see spanOf): earlier batches are not read again.
        const span = spanOf(ids);
        const all = await store.getAll(
          IDBKeyRange.bound(`${name}|${span.lower}`, `${name}|${span.upper}`),
        );
        for (const r of all) if (!isPack(r)) found.set(r.key, r);
      } else {
        const list = await Promise.all(ids.map((id) => store.get(clockKey(name, id))));
        for (const r of list) if (r && !isPack(r)) found.set(r.key, r);
      }
    }),
  ]);
  const packed = new Set<string>();
  for (const [name, ids] of perStore) {
    for (const id of ids) {
      const key = clockKey(name, id);
      const clock = found.has(key) ? undefined : packedOf(book, name, id);
      if (!clock) continue;
      found.set(key, unpacked(name, id, clock));
      packed.add(key);
    }
  }
  return { found, packed, book };
}

/**
 * The clocks of a record that has none yet (from before sync): its updatedAt, and its synced
 * content in place of a device (contentStampDevice), so the same record on two devices that
 * never synced carries the same clock on both.
 */
export function initialClocks(store: string, record: AnyRecord): ClockMap {
  const updatedAt = (record as { updatedAt?: string }).updatedAt;
  const device = contentStampDevice(canonical(syncedValues(store, record)));
  return { [ANY_FIELD]: encodeHlc(stampFromTime(updatedAt, nowMs(), device)) };
}

/** The raw store, for plain requests (no promise each: 20,000 of them cost a restore dearly). */
export function raw(tx: ChangeTx, name: Parameters<ChangeTx['objectStore']>[0]): IDBObjectStore {
  return unwrap(tx.objectStore(name)) as unknown as IDBObjectStore;
}

/** The first failed request of a transaction: the real reason (a full disk), not "aborted". */
const failures = new WeakMap<object, DOMException | null>();

/** The first request of `tx` that failed, if any (see commitWrites). */
export function failureOf(tx: object): DOMException | null | undefined {
  return failures.get(tx);
}

/**
 * Waits for the writes and the commit. When a request failed, rejects with that request's error
 * (e.g. QuotaExceededError, which withStorageErrors turns into "storage full"), not with the
 * transaction's bare AbortError that plain requests would otherwise leave as the only news.
 */
export async function commitWrites(tx: ChangeTx, ...work: Promise<unknown>[]): Promise<void> {
  try {
    await Promise.all([...work, tx.done]);
  } catch (error) {
    throw failures.get(tx) ?? error;
  }
}

/**
 * Inside the caller's readwrite transaction (opened with CHANGE_STORES and the record stores):
 * writes every record of `writes` with its clocks and outgoing change, and stamps "data changed
 * at `at`" (null: not a change the person made, e.g. a content update's renames). Awaits only
 * IndexedDB requests. The caller then awaits tx.done.
 */
export async function writeRecords(
  tx: ChangeTx,
  writes: readonly RecordWrite[],
  at: string | null,
): Promise<readonly Change[]> {
  const keyed = writes.flatMap((w) => {
    const source = w.after ?? w.before;
    return source ? [{ store: w.store, id: recordId(w.store, source) }] : [];
  });
  const [dc, view] = await Promise.all([readDeviceClock(tx), readClockRecords(tx, keyed)]);
  const existing = view.found;
  const clock = tick(dc.last, nowMs(), dc.device);
  const hlc = encodeHlc(clock);
  const changes: Change[] = [];
  const noteFailure = function (this: IDBRequest) {
    if (!failures.has(tx)) failures.set(tx, this.error);
  };
  const track = (request: IDBRequest) => {
    request.onerror = noteFailure;
  };
  try {
    // The stamp first, as before the hook: see change-stamp.ts.
    if (at !== null) track(raw(tx, 'meta').put({ key: DATA_CHANGED_KEY, value: at }));
    track(raw(tx, 'meta').put({ key: CLOCK_KEY, value: hlc }));
    const clocks = raw(tx, 'syncClocks');
    const log = raw(tx, 'syncLog');
    for (const w of writes) {
      const source = w.after ?? w.before;
      if (!source) continue;
      const id = recordId(w.store, source);
      const made = localChange(w, existing.get(clockKey(w.store, id)), hlc, dc);
      if (made) {
        // Sync off, and the record never had a clock: it gets one from its updatedAt when sync
        // is turned on (enableSync), as records from before sync do. Nothing to write now, so a
        // restore of 20,000 activities costs what it did. Tombstones are always kept.
        if (dc.enabled || existing.has(clockKey(w.store, id)) || made.change.deleted) {
          track(clocks.put(made.record));
          // Edited here: its own entry from now on, out of the pack it came in.
          if (view.packed.has(made.record.key)) setPacked(view.book, w.store, id, undefined);
        }
        if (dc.enabled) track(log.add(made.change));
        changes.push(made.change);
      }
      const target = raw(tx, w.store);
      if (w.store === 'settings')
        track(w.after ? target.put(w.after, 'app') : target.delete('app'));
      else track(w.after ? target.put(w.after) : target.delete(id));
    }
    savePacks(view.book, clocks, track);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished
    }
    throw error;
  }
  return changes;
}

/**
 * The settings write (data/settings.ts, in the first load, loads it with this module on the
 * first save: one chunk fewer to name there).
 */
export function writeSettings(
  patch: SettingsPatch | ((current: Settings) => SettingsPatch),
  // The caller's own: a tab checks the generation it loaded (see generation.ts).
  open: typeof db,
  check: typeof checkGeneration,
): Promise<Settings> {
  return withStorageErrors(async () => {
    const tx = (await open()).transaction(['settings', ...CHANGE_STORES], 'readwrite');
    const store = tx.objectStore('settings');
    const [, stored] = await Promise.all([check(tx), store.get('app')]);
    const current = { ...DEFAULT_SETTINGS, ...stored };
    const change = typeof patch === 'function' ? patch(current) : patch;
    const next: Settings = { ...current, ...change, updatedAt: now() };
    // A default never saved is what the record held: filling it in is no change to send.
    const write = { store: 'settings', before: stored && current, after: next } as const;
    await commitWrites(tx, writeRecords(tx, [write], next.updatedAt));
    return next;
  });
}
