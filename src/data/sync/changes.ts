// Sync's local side: the record model every device shares, and the API the sync engine uses.
//
// Design (issue 14, items 2-4):
// - Clock: a hybrid logical clock per change (domain/sync/hlc.ts): wall ms + counter + device
//   id, compared as strings (a total order every device agrees on). A remote clock ahead of ours
//   is adopted, so our next edit still sorts after it; a lead over 5 minutes is reported
//   (applyRemoteChanges' skewMs) for the UI to warn about, never refused.
// - Per-field clocks: syncClocks holds, per record (`${store}|${id}`), the clock of each field
//   ('*' for the fields not named), the clock each value replaced (its base), and a tombstone
//   {hlc, base} once deleted. Records keep their exact shape: a backup never sees a clock.
//   Clocks set in bulk (a snapshot received, enableSync's stamps) share packs (clock-packs.ts)
//   until the record is edited or deleted here.
// - A change (domain/sync/change.ts) = { store, id, device, hlc, fields?, unset?, deleted?,
//   base?, resolves? }. Without a field-level base it is the whole record at hlc.
// - Merge, per field, independently: the higher clock wins (device id breaks a tie, being part
//   of the clock), so every device ends with the same values whatever order changes arrive in;
//   applying a change twice finds its own clock already there and does nothing. Concurrent =
//   the later writer had not seen the other value (its base is older than the other's clock).
//   Concurrent and different values -> the winner applies and the other value is kept in
//   syncConflicts; equal values are never a conflict; createdAt/updatedAt never conflict; the
//   level history (assessments) is append-only and never conflicts. An edit the deleting device
//   had not seen beats the deletion and leaves a notice (a 'deleted' conflict entry).
// - Every local write goes through writeRecords (hook.ts) in its own transaction:
//   record, clocks and outgoing change commit together or not at all.
// - Clocks and tombstones are kept whether or not sync is on (bounded by the number of
//   records), so turning sync on later, or again, knows exactly which value is newer and which
//   records were deleted: nothing old overwrites something newer, nothing deleted comes back.
//   The outgoing log is written only while sync is on (meta 'syncEnabled') and emptied as the
//   engine marks changes sent: it never grows for a person who never turns sync on.
// - Records from before version 3 have no clocks; they get one (from their own updatedAt, as
//   this device's) when first written, or all at once when sync is turned on (enableSync), and
//   go to the other devices in the first snapshot (fullState), never by a migration.
// - Settings: theme and the backup/calendar/persist fields are this device's (domain/sync/
//   policy.ts); the rest syncs.
import { ANY_FIELD, type Change, clockOf, newestIn } from '../../domain/sync/change';
import { encodeHlc, maxHlc, tick } from '../../domain/sync/hlc';
import { setOpsByClock } from '../../domain/sync/sets';
import { db, USER_STORES, type UserStore } from '../db';
import { withStorageErrors } from '../errors';
import { bookOf, packRange, savePacks, setPacked, unpackAll } from './clock-packs';
import {
  type ChangeTx,
  CLOCK_KEY,
  clockKey,
  commitWrites,
  DEVICE_KEY,
  ENABLED_KEY,
  initialClocks,
  raw,
  readDeviceClock,
  recordId,
  syncedValues,
  syncNow,
} from './hook';
import type { ClockRecord } from './types';

export type { Change } from '../../domain/sync/change';
export type { ConflictSide, SyncConflict } from './types';

/** This device's id in every clock it makes (created on first use, kept for good). */
export async function localDeviceId(): Promise<string> {
  const existing = (await (await db()).get('meta', DEVICE_KEY))?.value;
  if (typeof existing === 'string' && existing) return existing;
  return withStorageErrors(async () => {
    const tx = (await db()).transaction(['meta', 'syncClocks', 'syncLog'], 'readwrite');
    const { device } = await readDeviceClock(tx as unknown as ChangeTx);
    await tx.done;
    return device;
  });
}

export async function isSyncEnabled(): Promise<boolean> {
  return (await (await db()).get('meta', ENABLED_KEY))?.value === true;
}

/**
 * Turns the outgoing log on. Every record that has no clock yet (from before sync existed) is
 * stamped once, from its own updatedAt as this device's edit; the engine then sends fullState()
 * as this device's first snapshot, and pendingChanges() holds what is written from now on.
 * Calling it again while sync is on changes nothing that is pending.
 */
export function enableSync(): Promise<{ device: string; stamped: number }> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction(
      [...USER_STORES, 'meta', 'syncClocks', 'syncLog'] as const,
      'readwrite',
    ) as unknown as ChangeTx;
    const [dc, clockKeys, packs, ...lists] = await Promise.all([
      readDeviceClock(tx),
      tx.objectStore('syncClocks').getAllKeys(),
      tx.objectStore('syncClocks').getAll(packRange()),
      ...USER_STORES.map((s) => tx.objectStore(s).getAll()),
    ]);
    const known = new Set([...clockKeys, ...unpackAll(packs).keys()]);
    const clocks = raw(tx, 'syncClocks');
    // Stamped in bulk: packed (clock-packs.ts), not 20,000 entries for 20,000 activities.
    const book = bookOf(packs);
    let stamped = 0;
    let newest = '';
    USER_STORES.forEach((store, i) => {
      for (const record of lists[i] ?? []) {
        const id = recordId(store, record);
        const key = clockKey(store, id);
        if (known.has(key)) continue;
        const initial = initialClocks(store, record);
        newest = maxHlc(newest, newestIn(initial));
        setPacked(book, store, id, { clocks: initial });
        stamped++;
      }
    });
    savePacks(book, clocks);
    const next = encodeHlc(tick(dc.last, syncNow(), dc.device));
    raw(tx, 'meta').put({ key: CLOCK_KEY, value: maxHlc(next, newest) });
    raw(tx, 'meta').put({ key: ENABLED_KEY, value: true });
    // Turned on now: the first snapshot carries everything. Already on: keep what is pending.
    if (!dc.enabled) raw(tx, 'syncLog').clear();
    await commitWrites(tx);
    return { device: dc.device, stamped };
  });
}

/** Stops logging outgoing changes (clocks stay, so turning sync on again loses nothing). */
export function disableSync(): Promise<void> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction(['meta', 'syncLog'], 'readwrite');
    await Promise.all([
      tx.objectStore('meta').put({ key: ENABLED_KEY, value: false }),
      tx.objectStore('syncLog').clear(),
      tx.done,
    ]);
  });
}

/** The changes not yet marked sent, oldest first; `upTo` is what markSent takes once sent. */
export async function pendingChanges(limit?: number): Promise<{ changes: Change[]; upTo: number }> {
  const tx = (await db()).transaction('syncLog');
  const [values, keys] = await Promise.all([
    tx.store.getAll(null, limit),
    tx.store.getAllKeys(null, limit),
  ]);
  await tx.done;
  const changes = values.map(({ seq: _seq, ...change }) => change);
  return { changes, upTo: keys[keys.length - 1] ?? 0 };
}

/** Drops the changes up to `upTo` from the log: they are safely on the remote. */
export async function markSent(upTo: number): Promise<void> {
  if (upTo <= 0) return;
  await withStorageErrors(async () => {
    await (await db()).delete('syncLog', IDBKeyRange.upperBound(upTo));
  });
}

type Values = Record<string, unknown>;

/** A record's changes from its clocks: one per distinct clock, the '*' group whole. */
export function changesOfRecord(
  store: string,
  id: string,
  values: Values | undefined,
  clock: Pick<ClockRecord, 'clocks' | 'bases' | 'deleted' | 'sets'>,
): Change[] {
  if (clock.deleted) {
    const { hlc, base } = clock.deleted;
    return [{ store, id, device: deviceOfClock(hlc), hlc, deleted: true, base }];
  }
  if (!values) return [];
  const star = clock.clocks[ANY_FIELD] ?? '';
  const groups = new Map<string, { fields: Values; unset: string[] }>();
  const group = (hlc: string) => {
    const found = groups.get(hlc);
    if (found) return found;
    const g = { fields: {} as Values, unset: [] as string[] };
    groups.set(hlc, g);
    return g;
  };
  if (star) group(star);
  for (const [f, v] of Object.entries(values)) {
    const hlc = clock.clocks[f] ?? star;
    // A set field its own clock removed (elements came after): removed at that clock.
    if (clock.sets?.[f]?.unset) {
      if (hlc !== star) group(hlc).unset.push(f);
      else group(hlc);
    } else group(hlc).fields[f] = v;
  }
  for (const f of Object.keys(clock.clocks)) {
    if (f !== ANY_FIELD && !Object.hasOwn(values, f)) group(clock.clocks[f] ?? '').unset.push(f);
  }
  const fieldChanges = [...groups]
    .filter(([hlc]) => hlc !== '')
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([hlc, g]): Change => {
      const head = { store, id, device: deviceOfClock(hlc), hlc, fields: g.fields };
      if (hlc === star) {
        const seen = clock.bases?.[ANY_FIELD];
        return seen === undefined ? head : { ...head, base: { [ANY_FIELD]: seen } };
      }
      const base: Record<string, string> = {};
      for (const f of [...Object.keys(g.fields), ...g.unset]) base[f] = clock.bases?.[f] ?? '';
      return { ...head, ...(g.unset.length ? { unset: g.unset } : {}), base };
    });
  return [...fieldChanges, ...setChanges(store, id, values, clock)];
}

/** Set fields' elements changed since the field's clock: one change per clock (see sets.ts). */
function setChanges(
  store: string,
  id: string,
  values: Values,
  clock: Pick<ClockRecord, 'clocks' | 'sets'>,
): Change[] {
  const byClock = new Map<string, Change>();
  for (const [f, setClock] of Object.entries(clock.sets ?? {})) {
    if (!Object.hasOwn(values, f)) continue;
    const floor = clockOf(clock.clocks, f);
    for (const [hlc, ops] of setOpsByClock({ value: values[f], floor, clock: setClock })) {
      const c = byClock.get(hlc);
      const device = deviceOfClock(hlc);
      byClock.set(hlc, {
        store,
        id,
        device,
        hlc,
        fields: { ...c?.fields, [f]: values[f] },
        base: { ...c?.base, [f]: floor },
        elements: { ...c?.elements, [f]: ops },
      });
    }
  }
  return [...byClock.values()];
}

const deviceOfClock = (hlc: string) => hlc.slice(hlc.lastIndexOf('.') + 1);

/**
 * Every record with its clocks, and every tombstone, as changes: the content of a snapshot, and
 * what a device that joins applies first. Records never stamped yet get the clock enableSync
 * would give them. Read in one transaction: a consistent picture.
 */
export async function fullState(): Promise<Change[]> {
  const tx = (await db()).transaction([...USER_STORES, 'syncClocks'] as const, 'readonly');
  const [clockRecords, ...lists] = await Promise.all([
    tx.objectStore('syncClocks').getAll(),
    ...USER_STORES.map((s) => tx.objectStore(s).getAll()),
  ]);
  await tx.done;
  const byKey = unpackAll(clockRecords);
  const out: Change[] = [];
  USER_STORES.forEach((store: UserStore, i) => {
    for (const record of lists[i] ?? []) {
      const id = recordId(store, record);
      const key = clockKey(store, id);
      const clock = byKey.get(key) ?? { clocks: initialClocks(store, record) };
      byKey.delete(key);
      out.push(
        ...changesOfRecord(store, id, syncedValues(store, record), {
          ...clock,
          deleted: undefined,
        }),
      );
    }
  });
  // Tombstones, and records whose fields have not all arrived (kept in `held`).
  for (const r of byKey.values()) {
    const values = r.deleted ? undefined : (r.held as Values | undefined);
    out.push(...changesOfRecord(r.store, r.id, values, r));
  }
  return out;
}

export { type ApplyResult, applyRemoteChanges } from './apply';
export { listConflicts, type Resolution, resolveConflict } from './conflicts';
