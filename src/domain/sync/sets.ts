// Set-like fields (ticked steps, followed roles, skill ids, weekdays, evidence): merged element
// by element, so a step ticked on the phone and another ticked on the laptop both stay.
//
// Each element is in or out by the newest clock that spoke of it (last writer wins, per
// element). A whole value ("set it to this": a create, a snapshot, a change from an older app)
// speaks of every element at its clock; an add or a removal speaks of one. The field's own clock
// (its newest whole value: the "floor") stands for every element with no newer entry, so the
// clock record only lists elements changed since. The order shown is the newest writer's, with
// the elements it had not seen after it, by clock then key: the same on every device. Pure.
import type { SetKind } from './policy';

/** One element changed after the field's clock: its key, clock, and whether it is in. */
export type SetEntry = readonly [key: string, hlc: string, present: boolean];

/** What a set field keeps besides its value, in the record's clocks (syncClocks). */
export interface SetClock {
  readonly entries?: readonly SetEntry[];
  /** The element keys in the newest writer's order, when newer than the field's clock. */
  readonly order?: { readonly hlc: string; readonly keys: readonly string[] };
  /** The field's own clock removed the field (a goal that no longer has skills, say). */
  readonly unset?: true;
}

/** An edit of a set field as it travels: element keys added, removed, and (snapshots) order. */
export interface SetOps {
  readonly add?: readonly string[];
  readonly remove?: readonly string[];
  readonly order?: readonly string[];
}

/** A set field as a record holds it: its value (absent: undefined), floor clock and entries. */
export interface SetField {
  readonly value: unknown;
  readonly floor: string;
  readonly clock: SetClock | undefined;
}

/** An element's key: an id for entries (evidence), the value itself for ids and weekdays. */
export function elementKey(kind: SetKind, element: unknown): string {
  const id = kind === 'byId' ? (element as { id?: unknown } | null)?.id : element;
  return typeof id === 'string' ? id : (JSON.stringify(id ?? element) ?? '');
}

type Member = { hlc: string; present: boolean; value?: unknown };

/** Elements by key, first one kept (a hostile value may repeat one). */
function byKey(kind: SetKind, value: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (Array.isArray(value)) {
    for (const el of value) {
      const k = elementKey(kind, el);
      if (!out.has(k)) out.set(k, el);
    }
  }
  return out;
}

/** Every element known, with its clock: the field's own at its floor, then the entries. */
function expand(kind: SetKind, f: SetField) {
  const values = byKey(kind, f.value);
  const members = new Map<string, Member>();
  for (const [k, v] of values) members.set(k, { hlc: f.floor, present: true, value: v });
  for (const [k, hlc, present] of f.clock?.entries ?? []) {
    if (hlc <= f.floor) continue;
    if (present && !values.has(k)) continue; // in, but its value is missing: not trusted
    members.set(k, present ? { hlc, present, value: values.get(k) } : { hlc, present });
  }
  const order = f.clock?.order ?? { hlc: f.floor, keys: [...values.keys()] };
  const unset = f.clock ? f.clock.unset === true : f.value === undefined;
  return { members, order, unset };
}

function settle(
  floor: string,
  members: Map<string, Member>,
  order: { hlc: string; keys: readonly string[] },
  unset: boolean,
): SetField {
  const placed = new Set<string>();
  const out: unknown[] = [];
  const clocks: string[] = [];
  for (const k of order.keys) {
    const m = members.get(k);
    if (m?.present && !placed.has(k)) {
      placed.add(k);
      out.push(m.value);
      clocks.push(m.hlc);
    }
  }
  // Elements the newest writer had not seen: each before the first one placed after its clock.
  const rest = [...members].filter(([k, m]) => m.present && !placed.has(k));
  rest.sort(([ka, a], [kb, b]) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : ka < kb ? -1 : 1));
  for (const [, m] of rest) {
    const at = clocks.findIndex((c) => c > m.hlc);
    const to = at < 0 ? out.length : at;
    out.splice(to, 0, m.value);
    clocks.splice(to, 0, m.hlc);
  }
  const entries: SetEntry[] = [];
  for (const [k, m] of members) if (m.hlc > floor) entries.push([k, m.hlc, m.present]);
  entries.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const clock: SetClock = {
    ...(entries.length ? { entries } : {}),
    ...(order.hlc > floor ? { order: { hlc: order.hlc, keys: [...order.keys] } } : {}),
  };
  return {
    // No field at all only when the field's own clock removed it and nothing was added since.
    value: unset && out.length === 0 ? undefined : out,
    floor,
    clock: entries.length || clock.order ? { ...clock, ...(unset ? { unset } : {}) } : undefined,
  };
}

/** A whole value at `hlc` (undefined: the field removed): every element it names or omits. */
export function assignSet(kind: SetKind, f: SetField, value: unknown, hlc: string): SetField {
  if (hlc <= f.floor) return f;
  const values = byKey(kind, value);
  if (!f.clock && (value === undefined || (Array.isArray(value) && values.size === value.length))) {
    // Nothing newer than the field's clock: the value as it came (most records, at a first sync).
    return { value, floor: hlc, clock: undefined };
  }
  const { members, order } = expand(kind, f);
  for (const [k, m] of members) if (m.hlc <= hlc) members.delete(k);
  for (const [k, v] of values)
    if (!members.has(k)) members.set(k, { hlc, present: true, value: v });
  const nextOrder = hlc > order.hlc ? { hlc, keys: [...values.keys()] } : order;
  return settle(hlc, members, nextOrder, value === undefined);
}

/** Adds and removals at `hlc`; `value` is the writer's whole value (where added elements are). */
export function applySetOps(
  kind: SetKind,
  f: SetField,
  ops: SetOps,
  value: unknown,
  hlc: string,
): SetField {
  const { members, order, unset } = expand(kind, f);
  const values = byKey(kind, value);
  const newer = (k: string) => hlc > (members.get(k)?.hlc ?? f.floor);
  for (const k of ops.remove ?? []) if (newer(k)) members.set(k, { hlc, present: false });
  for (const k of ops.add ?? []) {
    if (newer(k) && values.has(k)) members.set(k, { hlc, present: true, value: values.get(k) });
  }
  const nextOrder =
    hlc > order.hlc ? { hlc, keys: ops.order ? [...ops.order] : [...values.keys()] } : order;
  return settle(f.floor, members, nextOrder, unset);
}

/** What a local edit did to a set field, element by element (null: nothing). */
export function diffSet(kind: SetKind, before: unknown, after: unknown): SetOps | null {
  const was = byKey(kind, before);
  const now = byKey(kind, after);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const add = [...now].filter(([k, v]) => !was.has(k) || !same(was.get(k), v)).map(([k]) => k);
  const remove = [...was.keys()].filter((k) => !now.has(k));
  const reordered = !same([...was.keys()], [...now.keys()]);
  if (!add.length && !remove.length && !reordered) return null;
  return { ...(add.length ? { add } : {}), ...(remove.length ? { remove } : {}) };
}

/**
 * A set field's state as changes (for a snapshot): per clock newer than the floor, the keys put
 * in and taken out then, and the order at its clock. The floor's whole value travels as a field.
 */
export function setOpsByClock(f: SetField): Map<string, SetOps> {
  const out = new Map<string, { add: string[]; remove: string[]; order?: readonly string[] }>();
  const at = (hlc: string) => {
    const found = out.get(hlc);
    if (found) return found;
    const g: { add: string[]; remove: string[]; order?: readonly string[] } = {
      add: [],
      remove: [],
    };
    out.set(hlc, g);
    return g;
  };
  for (const [k, hlc, present] of f.clock?.entries ?? []) {
    if (hlc > f.floor) (present ? at(hlc).add : at(hlc).remove).push(k);
  }
  const order = f.clock?.order;
  if (order && order.hlc > f.floor) at(order.hlc).order = order.keys;
  const ops = new Map<string, SetOps>();
  for (const [hlc, g] of out) {
    ops.set(hlc, {
      ...(g.add.length ? { add: g.add } : {}),
      ...(g.remove.length ? { remove: g.remove } : {}),
      ...(g.order ? { order: g.order } : {}),
    });
  }
  return ops;
}

/** The newest clock a set field's elements or order carry ('' when none): what a deletion saw. */
export function newestSetClock(clock: SetClock | undefined): string {
  let newest = clock?.order?.hlc ?? '';
  for (const [, hlc] of clock?.entries ?? []) if (hlc > newest) newest = hlc;
  return newest;
}

/** A record's clocks with each set field's newest element clock folded in (a deletion's base). */
export function withSetClocks(
  clocks: Readonly<Record<string, string>>,
  sets: Readonly<Record<string, SetClock>> | undefined,
): Record<string, string> {
  const out: Record<string, string> = { ...clocks };
  for (const [f, clock] of Object.entries(sets ?? {})) {
    const newest = newestSetClock(clock);
    const own = out[f] ?? out['*'] ?? '';
    if (newest > own) out[f] = newest;
  }
  return out;
}
