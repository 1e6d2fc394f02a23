// How one remote change meets the local copy of its record: field by field, the newer clock
// wins (the same result on every device, in any order); concurrent different values are kept as
// conflicts; an edit the deleting device had not seen beats the deletion. Pure: the data layer
// reads the record and its clocks, calls mergeChange, and writes the outcome.
import {
  ANY_FIELD,
  type Change,
  type ClockMap,
  clockOf,
  isWholeRecord,
  newestIn,
  sameValue,
} from './change';
import { maxHlc } from './hlc';
import { APPEND_ONLY_STORES, NO_CONFLICT_FIELDS, setKindOf } from './policy';
import { applySetOps, assignSet, type SetClock, withSetClocks } from './sets';

type Values = Record<string, unknown>;

/** A record's clocks as syncClocks keeps them (see data/sync/types.ts). */
export interface ClockState {
  readonly clocks: ClockMap;
  readonly bases?: ClockMap;
  readonly deleted?: { readonly hlc: string; readonly base: ClockMap };
  /** The newest deletion this device refused because of an edit it had not seen. */
  readonly refused?: string;
  /** Set fields' element clocks and order, newer than the field's own clock (see sets.ts). */
  readonly sets?: Readonly<Record<string, SetClock>>;
}

/** One side of a conflict: the value (absent: the field was removed) and its clock. */
export interface Side {
  readonly value?: unknown;
  readonly has: boolean;
  readonly hlc: string;
}

export interface FoundConflict {
  readonly field: string;
  readonly kept: Side;
  readonly other: Side;
}

export interface MergeOutcome {
  /** The record's values after the change (undefined: no values known). */
  readonly values: Values | undefined;
  readonly clock: ClockState;
  /** The values or the deletion changed (the record must be written). */
  readonly changed: boolean;
  /** The clocks changed (the clock record must be written). */
  readonly clockChanged: boolean;
  readonly conflicts: readonly FoundConflict[];
  /** An edit that beat a deletion: kept is the edit's clock, other the deletion's. */
  readonly editOverDelete?: { readonly edit: string; readonly deletion: string };
  /** This device kept the record against a deletion: it must send the whole record again. */
  readonly revive: boolean;
}

const unchanged = (values: Values | undefined, clock: ClockState): MergeOutcome => ({
  values,
  clock,
  changed: false,
  clockChanged: false,
  conflicts: [],
  revive: false,
});

function fieldNames(values: Values | undefined, ...maps: (ClockMap | undefined)[]): Set<string> {
  const names = new Set(Object.keys(values ?? {}));
  for (const map of maps) for (const k of Object.keys(map ?? {})) if (k !== ANY_FIELD) names.add(k);
  return names;
}

/** Per field, the newer of two clock maps (what two deletions together had seen). */
function newerOf(a: ClockMap, b: ClockMap): ClockMap {
  const out: Record<string, string> = {};
  for (const k of new Set([...Object.keys(a), ...Object.keys(b), ANY_FIELD])) {
    const clock = maxHlc(clockOf(a, k), clockOf(b, k));
    if (clock) out[k] = clock;
  }
  return out;
}

function mergeDelete(
  values: Values | undefined,
  clock: ClockState | undefined,
  change: Change,
): MergeOutcome {
  const base = change.base ?? {};
  const hlc = change.hlc;
  if (!clock) {
    return { ...unchanged(undefined, { clocks: {}, deleted: { hlc, base } }), clockChanged: true };
  }
  if (clock.deleted) {
    if (clock.deleted.hlc >= hlc) return unchanged(values, clock);
    const deleted = { hlc, base: newerOf(clock.deleted.base, base) };
    return { ...unchanged(values, { ...clock, deleted }), clockChanged: true };
  }
  if (clock.refused && clock.refused >= hlc) return unchanged(values, clock);
  // An edit here that the deleting device had not seen: the edit wins.
  const names = fieldNames(values, clock.clocks);
  const mine = withSetClocks(clock.clocks, clock.sets);
  const unseen = [...names].some((f) => clockOf(mine, f) > clockOf(base, f));
  if (values && unseen) {
    return {
      ...unchanged(values, { ...clock, refused: hlc }),
      clockChanged: true,
      editOverDelete: { edit: newestIn(clock.clocks), deletion: hlc },
      revive: true,
    };
  }
  return {
    values,
    clock: { ...clock, deleted: { hlc, base } },
    changed: values !== undefined,
    clockChanged: true,
    conflicts: [],
    revive: false,
  };
}

/**
 * Applies `change` to a record whose synced values are `values` (a deleted record's last values
 * when it has a tombstone) and whose clocks are `clock`. `store` decides the conflict rules.
 */
export function mergeChange(
  store: string,
  values: Values | undefined,
  clock: ClockState | undefined,
  change: Change,
): MergeOutcome {
  if (change.deleted) return mergeDelete(values, clock, change);
  const h = change.hlc;
  const incoming = change.fields ?? {};
  const named = [...Object.keys(incoming), ...(change.unset ?? [])];
  // An edit of no field only settles conflicts ("keep this one"): nothing to apply, and nothing
  // to bring back from a deletion made meanwhile.
  if (named.length === 0 && !isWholeRecord(change))
    return unchanged(values, clock ?? { clocks: {} });
  let editOverDelete: MergeOutcome['editOverDelete'];
  let state = clock;
  let resurrected = false;
  if (clock?.deleted) {
    const seen = clock.deleted.base;
    const sawIt = named.length
      ? named.every((f) => h <= clockOf(seen, f))
      : h <= clockOf(seen, ANY_FIELD);
    if (sawIt) return unchanged(values, clock);
    // Made without knowing of the deletion (its base is older): the edit wins, with a notice.
    const knewOfDeletion = Object.values(change.base ?? {}).some(
      (b) => b >= (clock.deleted?.hlc ?? ''),
    );
    if (!knewOfDeletion) editOverDelete = { edit: h, deletion: clock.deleted.hlc };
    const { deleted: _gone, ...rest } = clock;
    state = rest;
    resurrected = true;
  }
  const whole = isWholeRecord(change);
  const names = new Set(named);
  if (whole) for (const f of fieldNames(values, state?.clocks)) names.add(f);
  const next: Values = { ...values };
  const clocks: Record<string, string> = { ...state?.clocks };
  const bases: Record<string, string> = { ...state?.bases };
  const conflicts: FoundConflict[] = [];
  const mayConflict = (f: string) => !APPEND_ONLY_STORES.has(store) && !NO_CONFLICT_FIELDS.has(f);
  let changed = resurrected;
  let clockChanged = resurrected;
  let allIncoming = true;
  let moved = false;
  const sets: Record<string, SetClock> = { ...state?.sets };
  for (const f of names) {
    const c = clockOf(state?.clocks, f);
    const kind = setKindOf(store, f);
    if (kind) {
      // A set: element by element, never a conflict (sets.ts).
      const has = Object.hasOwn(incoming, f);
      const current = { value: values?.[f], floor: c, clock: state?.sets?.[f] };
      const ops = change.elements?.[f];
      const out =
        ops && has
          ? applySetOps(kind, current, ops, incoming[f], h)
          : assignSet(kind, current, has ? incoming[f] : undefined, h);
      if (out.floor !== h) allIncoming = false;
      const sameValues = sameValue(out.value, current.value);
      if (sameValues && out.floor === c && sameValue(out.clock, current.clock)) continue;
      if (!sameValues) {
        if (out.value === undefined) delete next[f];
        else next[f] = out.value;
        changed = true;
      }
      if (out.floor !== c) {
        clocks[f] = out.floor;
        bases[f] = clockOf(change.base, f);
        moved = true;
      }
      if (out.clock) sets[f] = out.clock;
      else delete sets[f];
      clockChanged = true;
      continue;
    }
    if (h === c) continue;
    const inSide: Side = { value: incoming[f], has: Object.hasOwn(incoming, f), hlc: h };
    const localSide: Side = {
      value: values?.[f],
      has: values ? Object.hasOwn(values, f) : false,
      hlc: c,
    };
    const same =
      inSide.has === localSide.has && (!inSide.has || sameValue(inSide.value, localSide.value));
    if (h > c) {
      const b = clockOf(change.base, f);
      if (c !== '' && c > b && !same && mayConflict(f)) {
        conflicts.push({ field: f, kept: inSide, other: localSide });
      }
      if (inSide.has) next[f] = inSide.value;
      else delete next[f];
      clocks[f] = h;
      bases[f] = b;
      changed ||= !same;
      clockChanged = true;
      moved = true;
    } else {
      allIncoming = false;
      if (h > clockOf(state?.bases, f) && !same && mayConflict(f)) {
        conflicts.push({ field: f, kept: localSide, other: inSide });
      }
    }
  }
  const { sets: _old, ...kept } = state ?? {};
  const withSets = Object.keys(sets).length ? { sets } : {};
  let clockOut: ClockState = { ...kept, clocks, bases, ...withSets };
  if (whole && allIncoming && (moved || !state)) {
    // The whole record at one clock: one entry instead of one per field.
    const seen = change.base?.[ANY_FIELD];
    clockOut = {
      clocks: { [ANY_FIELD]: h },
      ...(seen === undefined ? {} : { bases: { [ANY_FIELD]: seen } }),
      ...withSets,
    };
    if (state?.refused) clockOut = { ...clockOut, refused: state.refused };
    clockChanged = true;
  }
  return {
    values: Object.keys(next).length || values ? next : undefined,
    clock: clockOut,
    changed,
    clockChanged,
    conflicts,
    ...(editOverDelete ? { editOverDelete } : {}),
    revive: false,
  };
}
