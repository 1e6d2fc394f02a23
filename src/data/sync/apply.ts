// Applying other devices' changes: validated first (a file from elsewhere may be damaged or from
// a newer app), then merged field by field (domain/sync/merge.ts) in large batches, one
// transaction each, with plain requests (no promise each), so 20,000 records arrive about as fast
// as a restore writes them: the clocks of records new here go in packs (clock-packs.ts), not an
// entry each. Records whose fields have not all arrived, or that this app version cannot store,
// are kept aside in their clock record (`held`), never dropped.
import { ANY_FIELD, type Change, conflictId, newestIn } from '../../domain/sync/change';
import { decodeHlc, encodeHlc, receive, tick, timeOf } from '../../domain/sync/hlc';
import { type ClockState, mergeChange, type Side } from '../../domain/sync/merge';
import { DEFAULT_SETTINGS } from '../../domain/types';
import { db, now, USER_STORES, type UserStore } from '../db';
import { withStorageErrors } from '../errors';
import { packable, savePacks, setPacked } from './clock-packs';
import {
  type ChangeTx,
  CLOCK_KEY,
  clockKey,
  commitWrites,
  initialClocks,
  raw,
  readClockRecords,
  readDeviceClock,
  syncedValues,
  syncNow,
} from './hook';
import { readRecords } from './read-records';
import type { ClockRecord, ConflictSide, SyncConflict } from './types';
import {
  deviceDefaults,
  isValidChange,
  loadSchemas,
  localSettings,
  type Schemas,
  withoutLocalFields,
} from './validate';

/**
 * Changes per transaction: a snapshot of 20,000 activities in one, as a restore writes them
 * (fewer commits, and each pack written once); larger ones in parts, to keep memory modest.
 */
export const APPLY_BATCH = 20000;

type Values = Record<string, unknown>;

export interface ApplyResult {
  /** Changes that altered something here (a change seen before counts 0). */
  readonly applied: number;
  /** Conflicts and notices found (kept in syncConflicts). */
  readonly conflicts: number;
  /** Changes refused as malformed (unknown store, bad clock, odd field names). */
  readonly skipped: number;
  /** Stores whose records changed: what the screens must read again. */
  readonly stores: readonly UserStore[];
  /** How far the furthest-ahead remote clock leads ours, when over 5 minutes (warn). */
  readonly skewMs: number | null;
}

/**
 * Applies other devices' changes, idempotently, in batches of APPLY_BATCH (one transaction
 * each). Returns what changed, so the caller refreshes those screens (see state/sync-refresh.ts).
 */
export async function applyRemoteChanges(changes: readonly unknown[]): Promise<ApplyResult> {
  const schemas = await loadSchemas();
  const valid = changes.filter(isValidChange);
  let applied = 0;
  let conflicts = 0;
  let skewMs: number | null = null;
  const stores = new Set<UserStore>();
  for (let i = 0; i < valid.length; i += APPLY_BATCH) {
    const r = await withStorageErrors(() => applyBatch(valid.slice(i, i + APPLY_BATCH), schemas));
    applied += r.applied;
    conflicts += r.conflicts;
    for (const s of r.stores) stores.add(s);
    if (r.skewMs !== null) skewMs = Math.max(skewMs ?? 0, r.skewMs);
  }
  return {
    applied,
    conflicts,
    skipped: changes.length - valid.length,
    stores: [...stores],
    skewMs,
  };
}

interface Working {
  store: UserStore;
  id: string;
  /** The record in its store now (settings: with this device's own fields). */
  stored: Values | undefined;
  values: Values | undefined;
  clock: ClockState | undefined;
  held: boolean;
  dirty: boolean;
  clockDirty: boolean;
  revive: boolean;
}

const side = (s: Side): ConflictSide => ({
  ...(s.has ? { value: s.value } : {}),
  device: decodeHlc(s.hlc)?.device ?? '',
  hlc: s.hlc,
  at: timeOf(s.hlc) ?? '',
});

async function applyBatch(batch: readonly Change[], schemas: Schemas) {
  const tx = (await db()).transaction(
    [...USER_STORES, 'meta', 'syncClocks', 'syncLog', 'syncConflicts'] as const,
    'readwrite',
  ) as unknown as ChangeTx;
  const keys = new Map<string, { store: UserStore; id: string }>();
  for (const c of batch)
    keys.set(clockKey(c.store, c.id), { store: c.store as UserStore, id: c.id });
  const [dc, view, records] = await Promise.all([
    readDeviceClock(tx),
    readClockRecords(tx, [...keys.values()]),
    readRecords(tx, [...keys.values()]),
  ]);
  const clockRecords = view.found;
  const working = new Map<string, Working>();
  const found: SyncConflict[] = [];
  const settled = new Set<string>();
  const foundAt = new Date(syncNow()).toISOString();
  let applied = 0;
  let newest = '';
  for (const c of batch) {
    const key = clockKey(c.store, c.id);
    let w = working.get(key);
    if (!w) {
      const stored = records.get(key);
      const rec = clockRecords.get(key);
      // No settings saved yet means the defaults (what loadSettings gives every screen).
      const none =
        c.store === 'settings' && !rec ? syncedValues('settings', DEFAULT_SETTINGS) : undefined;
      const values = stored
        ? syncedValues(c.store, stored)
        : ((rec?.held as Values | undefined) ?? none);
      const clock = rec ?? (stored ? { clocks: initialClocks(c.store, stored) } : undefined);
      w = {
        store: c.store as UserStore,
        id: c.id,
        stored,
        values,
        clock,
        held: !stored,
        dirty: false,
        clockDirty: false,
        revive: false,
      };
      working.set(key, w);
    }
    // Clocks sort as their strings do (hlc.ts): decoded once, below, not once per change.
    if (c.hlc > newest) newest = c.hlc;
    for (const r of c.resolves ?? []) settled.add(r);
    const out = mergeChange(c.store, w.values, w.clock, withoutLocalFields(c));
    if (out.changed || out.clockChanged) applied++;
    w.values = out.values;
    w.clock = out.clock;
    w.dirty ||= out.changed;
    w.clockDirty ||= out.clockChanged;
    w.revive ||= out.revive;
    for (const f of out.conflicts) {
      const kept = side(f.kept);
      const other = side(f.other);
      const id = conflictId(c.store, c.id, f.field, f.other.hlc);
      found.push({
        id,
        kind: 'field',
        store: c.store,
        recordId: c.id,
        field: f.field,
        kept,
        other,
        foundAt,
      });
    }
    if (out.editOverDelete) {
      const { edit, deletion } = out.editOverDelete;
      const kept = side({ has: false, hlc: edit });
      const other = side({ has: false, hlc: deletion });
      const id = conflictId(c.store, c.id, ANY_FIELD, deletion);
      found.push({ id, kind: 'deleted', store: c.store, recordId: c.id, kept, other, foundAt });
    }
  }
  // Our clock moves past everything seen: our next edit sorts after theirs.
  const remote = decodeHlc(newest);
  const seen = remote ? receive(dc.last, remote, syncNow(), dc.device) : null;
  let clock = seen?.clock ?? dc.last;
  const stores = new Set<UserStore>();
  const conflictStore = raw(tx, 'syncConflicts');
  const clockStore = raw(tx, 'syncClocks');
  try {
    for (const w of working.values()) {
      if (w.dirty) writeRecord(tx, w, schemas, stores);
      // Kept against a deletion, unless a later one in this batch (made knowing of the edit)
      // deleted it after all: reviving it then would bring it back on the deleting device.
      if (w.revive && w.values && w.clock && !w.clock.deleted) {
        clock = tick(clock, syncNow(), dc.device);
        const hlc = encodeHlc(clock);
        const base = {
          [ANY_FIELD]: [newestIn(w.clock.clocks), w.clock.refused ?? ''].sort().pop() ?? '',
        };
        w.clock = {
          clocks: { [ANY_FIELD]: hlc },
          bases: base,
          ...(w.clock.refused ? { refused: w.clock.refused } : {}),
        };
        w.clockDirty = true;
        if (dc.enabled) {
          const change: Change = {
            store: w.store,
            id: w.id,
            device: dc.device,
            hlc,
            fields: w.values,
            base,
          };
          raw(tx, 'syncLog').add(change);
        }
      }
      if (w.clockDirty && w.clock) {
        const { clocks, bases, deleted, refused, sets } = w.clock;
        const record: ClockRecord = {
          key: clockKey(w.store, w.id),
          store: w.store,
          id: w.id,
          clocks,
          ...(bases && Object.keys(bases).length ? { bases } : {}),
          ...(deleted ? { deleted } : {}),
          ...(refused ? { refused } : {}),
          ...(sets && Object.keys(sets).length ? { sets } : {}),
          // A deleted record's last values (an unseen edit may bring it back), or one not
          // storable yet: kept here, never lost.
          ...((deleted || w.held) && w.values ? { held: w.values } : {}),
        };
        // A record with no entry of its own (new here, or packed) keeps its clocks in a pack.
        const own = clockRecords.has(record.key) && !view.packed.has(record.key);
        const packed = own ? null : packable(record);
        setPacked(view.book, w.store, w.id, packed ?? undefined);
        if (!packed) clockStore.put(record);
      }
    }
    savePacks(view.book, clockStore);
    for (const id of settled) conflictStore.delete(id);
    for (const f of found) if (!settled.has(f.id)) conflictStore.put(f);
    if (clock) raw(tx, 'meta').put({ key: CLOCK_KEY, value: encodeHlc(clock) });
  } catch (error) {
    tx.abort();
    throw error;
  }
  await commitWrites(tx);
  return { applied, conflicts: found.length, stores, skewMs: seen?.skewMs ?? null };
}

/** Puts the merged record in its store (or deletes it); an incomplete one stays held. */
function writeRecord(tx: ChangeTx, w: Working, schemas: Schemas, stores: Set<UserStore>): void {
  const target = raw(tx, w.store);
  const key = w.store === 'settings' ? 'app' : w.id;
  if (w.clock?.deleted || !w.values) {
    if (w.stored) {
      target.delete(key);
      stores.add(w.store);
    }
    w.held = true;
    return;
  }
  const record =
    w.store === 'settings'
      ? { ...deviceDefaults(), ...localSettings(w.stored), ...w.values, updatedAt: now() }
      : { ...w.values, id: w.id };
  if (!schemas.check(w.store, record)) {
    // Not storable yet (fields still on their way) or not by this version: keep it aside.
    w.held = true;
    w.clockDirty = true;
    return;
  }
  if (w.store === 'settings') target.put(record, 'app');
  else target.put(record);
  w.held = false;
  w.clockDirty = true;
  stores.add(w.store);
}
