// What one device tells the others: a change to one record. Pure types and helpers shared by
// the data layer (which writes and applies changes) and the sync engine (which ships them).
import type { SetOps } from './sets';

/** Per field (or '*' for every field not named), a hybrid logical clock (see hlc.ts). */
export type ClockMap = Readonly<Record<string, string>>;

/** '*' in a ClockMap: the clock of every field the map does not name. */
export const ANY_FIELD = '*';

/**
 * A change to one record, as it travels between devices.
 * - `fields` with no `base`, or a `base` naming '*': the WHOLE record at `hlc` (a create, a
 *   record put back, a snapshot's entry): a field it does not carry is absent at `hlc`.
 * - a `base` naming fields: an edit of those fields only (`fields` set, `unset` removed).
 * - `deleted`: a tombstone; `base` is what the deleting device had seen of the record.
 * `base` gives, per field, the clock of the value the writer replaced: how a receiver tells an
 * edit made after seeing its own (sequential) from one made without (concurrent: a conflict).
 * `resolves` names conflicts (conflictId) this change settles on every device.
 * `elements` (set fields, see sets.ts): the elements this edit added and removed. Such a field
 * still travels whole in `fields` (where added elements' values are, and what an older app
 * applies); without `elements`, a set field in `fields` means "set it to this" at `hlc`.
 */
export interface Change {
  readonly store: string;
  readonly id: string;
  /** The device that made the change (the same as the device part of `hlc`). */
  readonly device: string;
  readonly hlc: string;
  readonly fields?: Readonly<Record<string, unknown>>;
  readonly unset?: readonly string[];
  readonly deleted?: true;
  readonly base?: ClockMap;
  readonly resolves?: readonly string[];
  readonly elements?: Readonly<Record<string, SetOps>>;
}

/** The clock of `field` in a clock map ('' when none: older than every clock). */
export function clockOf(map: ClockMap | undefined, field: string): string {
  return map?.[field] ?? map?.[ANY_FIELD] ?? '';
}

/** The newest clock a map holds. */
export function newestIn(map: ClockMap | undefined): string {
  let newest = '';
  for (const clock of Object.values(map ?? {})) if (clock > newest) newest = clock;
  return newest;
}

/** A whole-record change (see Change): its absent fields are removed at its clock. */
export function isWholeRecord(change: Change): boolean {
  return !change.deleted && (change.base === undefined || ANY_FIELD in change.base);
}

/** Same JSON value, whatever the key order (values are plain data read from IndexedDB). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  return ka.every(
    (k) => Object.hasOwn(rb, k) && sameValue((a as Record<string, unknown>)[k], rb[k]),
  );
}

/** The conflict's id: the same on every device that finds it (store, record, field, loser). */
export function conflictId(store: string, id: string, field: string, otherHlc: string): string {
  return `${store}|${id}|${field}|${otherHlc}`;
}
