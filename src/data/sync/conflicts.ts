// The conflicts list: what two devices changed at once, with both values, devices and times.
// The person keeps either value (for an activity, both: the other version becomes a second
// activity), and the choice is itself a change, with `resolves`, so every device drops the
// conflict and ends with the same value.
import { KEEP_BOTH_STORES } from '../../domain/sync/policy';
import { db, newId, now, type UserStore } from '../db';
import { RecordConflictError, withStorageErrors } from '../errors';
import { checkGeneration } from '../generation';
import { assertStorable } from '../storable';
import { CHANGE_STORES, commitWrites, type RecordWrite, writeRecords } from './hook';
import type { SyncConflict } from './types';

/** Every kept conflict and notice, oldest first. */
export async function listConflicts(): Promise<SyncConflict[]> {
  const all = await (await db()).getAll('syncConflicts');
  return all.sort((a, b) =>
    a.foundAt < b.foundAt ? -1 : a.foundAt > b.foundAt ? 1 : a.id < b.id ? -1 : 1,
  );
}

/**
 * 'kept': the value that won stays. 'other': the value that lost replaces it (for a 'deleted'
 * notice: the record is deleted after all). 'both': activities only, the other version is added
 * as a new activity beside the kept one.
 */
export type Resolution = 'kept' | 'other' | 'both';

type Values = Record<string, unknown>;

const keyOf = (c: SyncConflict) => (c.store === 'settings' ? 'app' : c.recordId);

/** The record after choosing `keep`, and the new activity for 'both' (null: no such record). */
function resolvedRecords(
  conflict: SyncConflict,
  siblings: readonly SyncConflict[],
  current: Values,
  keep: Resolution,
  at: string,
): { after: Values | undefined; extra?: Values } {
  if (conflict.kind === 'deleted') return { after: keep === 'other' ? undefined : current };
  if (keep === 'kept') return { after: current };
  const withOther = (base: Values, list: readonly SyncConflict[]) => {
    const next: Values = { ...base };
    for (const c of list) {
      if (!c.field) continue;
      if (Object.hasOwn(c.other, 'value')) next[c.field] = c.other.value;
      else delete next[c.field];
    }
    return next;
  };
  if (keep === 'other') return { after: { ...withOther(current, [conflict]), updatedAt: at } };
  // Keep both: the other device's version of the whole activity (every field it lost here).
  const copy = { ...withOther(current, siblings), id: newId(), createdAt: at, updatedAt: at };
  return { after: current, extra: copy };
}

/**
 * Settles one conflict as the person chose; returns false if it was already settled (on
 * another device, or twice here). The record must not have changed since the list was read.
 */
export async function resolveConflict(id: string, keep: Resolution): Promise<boolean> {
  const database = await db();
  const conflict = await database.get('syncConflicts', id);
  if (!conflict) return false;
  if (keep === 'both' && (conflict.kind !== 'field' || !KEEP_BOTH_STORES.has(conflict.store))) {
    throw new Error(`"keep both" is for activities only, not ${conflict.store}`);
  }
  const store = conflict.store as UserStore;
  // The same record's other conflicts from the same change travel with "keep both".
  const siblings =
    keep === 'both'
      ? (await database.getAll('syncConflicts')).filter(
          (c) =>
            c.store === conflict.store &&
            c.recordId === conflict.recordId &&
            c.other.hlc === conflict.other.hlc,
        )
      : [conflict];
  const read = (await database.get(store, keyOf(conflict) as never)) as Values | undefined;
  const at = now();
  if (read) {
    const planned = resolvedRecords(conflict, siblings, read, keep, at);
    if (store !== 'settings') {
      if (planned.after) await assertStorable(store, planned.after);
      if (planned.extra) await assertStorable(store, planned.extra);
    }
  }
  return withStorageErrors(async () => {
    const tx = database.transaction([store, 'syncConflicts', ...CHANGE_STORES], 'readwrite');
    const [, current, again] = await Promise.all([
      checkGeneration(tx),
      tx.objectStore(store).get(keyOf(conflict) as never) as Promise<Values | undefined>,
      tx.objectStore('syncConflicts').get(id),
    ]);
    if (!again) {
      await tx.done;
      return false;
    }
    if (read && current?.updatedAt !== read.updatedAt) throw new RecordConflictError('changed');
    const resolves = siblings.map((c) => c.id);
    const writes: RecordWrite[] = [];
    if (current) {
      const { after, extra } = resolvedRecords(conflict, siblings, current, keep, at);
      writes.push({ store, before: current, after, resolves });
      if (extra) writes.push({ store, before: undefined, after: extra });
    }
    const settled = tx.objectStore('syncConflicts');
    await commitWrites(tx, writeRecords(tx, writes, at), ...resolves.map((r) => settled.delete(r)));
    return true;
  });
}
