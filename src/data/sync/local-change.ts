// One local write's new clocks and outgoing change (hook.ts writes them).
import { ANY_FIELD, type Change, clockOf, newestIn } from '../../domain/sync/change';
import { isLocalField, setKindOf } from '../../domain/sync/policy';
import {
  applySetOps,
  diffSet,
  type SetClock,
  type SetOps,
  withSetClocks,
} from '../../domain/sync/sets';
import {
  clockKey,
  type DeviceClock,
  initialClocks,
  type RecordWrite,
  recordId,
  syncedValues,
} from './hook';
import type { ClockRecord } from './types';

type Values = Record<string, unknown>;

/** Fields whose value differs between two versions of a record (synced fields only). */
function changedFields(store: string, before: Values, after: Values): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter(
    (f) =>
      !isLocalField(store, f) &&
      (Object.hasOwn(before, f) !== Object.hasOwn(after, f) ||
        JSON.stringify(before[f]) !== JSON.stringify(after[f])),
  );
}

/** The new clock record and outgoing change of one local write (null: nothing synced changed). */
export function localChange(
  w: RecordWrite,
  existing: ClockRecord | undefined,
  hlc: string,
  dc: DeviceClock,
): { record: ClockRecord; change: Change } | null {
  const source = w.after ?? w.before;
  if (!source) return null;
  const id = recordId(w.store, source);
  const key = clockKey(w.store, id);
  const head = { store: w.store, id, device: dc.device, hlc };
  const resolves = w.resolves?.length ? { resolves: w.resolves } : {};
  const current = existing?.deleted ? undefined : existing?.clocks;
  const clocks = current ?? (w.before ? initialClocks(w.store, w.before) : undefined);
  if (!w.after) {
    if (!w.before || !clocks) return null;
    // What this device had seen, set fields' element edits included.
    const base = withSetClocks(clocks, existing?.sets);
    const held = dc.enabled ? { held: syncedValues(w.store, w.before) } : {};
    const sets = existing?.sets ? { sets: existing.sets } : {};
    return {
      record: { key, store: w.store, id, clocks, deleted: { hlc, base }, ...held, ...sets },
      change: { ...head, deleted: true, base, ...resolves },
    };
  }
  if (!w.before) {
    // A create, or a record put back (undo, restore) over its tombstone: the whole record.
    const seen = existing ? maxOf(newestIn(existing.clocks), existing.deleted?.hlc ?? '') : '';
    const base = existing ? { base: { [ANY_FIELD]: seen } } : {};
    return {
      record: {
        key,
        store: w.store,
        id,
        clocks: { [ANY_FIELD]: hlc },
        ...(existing ? { bases: { [ANY_FIELD]: seen } } : {}),
      },
      change: { ...head, fields: syncedValues(w.store, w.after), ...base, ...resolves },
    };
  }
  const after = w.after as Values;
  const changed = changedFields(w.store, w.before as Values, after);
  // Nothing the other devices have changed (a theme, the last backup: this device's own).
  if (changed.length === 0 && !w.resolves?.length) return null;
  const nextClocks: Record<string, string> = { ...clocks };
  const bases: Record<string, string> = { ...existing?.bases };
  const base: Record<string, string> = {};
  const fields: Values = {};
  const unset: string[] = [];
  const sets: Record<string, SetClock> = { ...existing?.sets };
  const elements: Record<string, SetOps> = {};
  for (const f of changed) {
    base[f] = clockOf(clocks, f);
    const kind = setKindOf(w.store, f);
    const before = (w.before as Values)[f];
    if (kind && Object.hasOwn(after, f)) {
      // A set: the elements added and removed, each at this clock; the field's clock stays.
      const ops = diffSet(kind, before, after[f]) ?? {};
      const current = { value: before, floor: base[f], clock: existing?.sets?.[f] };
      const out = applySetOps(kind, current, ops, after[f], hlc);
      if (out.clock) sets[f] = out.clock;
      else delete sets[f];
      elements[f] = ops;
      fields[f] = after[f];
      continue;
    }
    delete sets[f];
    nextClocks[f] = hlc;
    bases[f] = base[f];
    if (Object.hasOwn(after, f)) fields[f] = after[f];
    else unset.push(f);
  }
  return {
    record: {
      key,
      store: w.store,
      id,
      clocks: nextClocks,
      bases,
      ...(existing?.refused ? { refused: existing.refused } : {}),
      ...(Object.keys(sets).length ? { sets } : {}),
    },
    change: {
      ...head,
      fields,
      ...(unset.length ? { unset } : {}),
      base,
      ...resolves,
      ...(Object.keys(elements).length ? { elements } : {}),
    },
  };
}

const maxOf = (a: string, b: string) => (a < b ? b : a);
