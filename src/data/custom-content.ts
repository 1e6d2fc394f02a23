import type { CustomRole, CustomSkill } from '../domain/types';
import { db, now } from './db';
import { withStorageErrors } from './errors';
import { checkGeneration, expectUnchanged } from './generation';
import { assertStorable } from './storable';
import { CHANGE_STORES, commitWrites, writeRecords } from './sync/hook';

export async function allCustomContent(): Promise<{ skills: CustomSkill[]; roles: CustomRole[] }> {
  const database = await db();
  const [skills, roles] = await Promise.all([
    database.getAll('customSkills'),
    database.getAll('customRoles'),
  ]);
  return { skills, roles };
}

/**
 * Writes a custom skill. An edit names the stamp of the copy it was made from (`readUpdatedAt`):
 * one deleted or edited since, in another tab, is not written.
 */
export function saveCustomSkill(skill: CustomSkill, readUpdatedAt?: string): Promise<void> {
  return putCustom('customSkills', skill, readUpdatedAt);
}

/** Writes a custom role; like saveCustomSkill, an edit must be of the stored copy. */
export function saveCustomRole(role: CustomRole, readUpdatedAt?: string): Promise<void> {
  return putCustom('customRoles', role, readUpdatedAt);
}

type CustomStore = 'customSkills' | 'customRoles';

async function putCustom(
  storeName: CustomStore,
  record: CustomSkill | CustomRole,
  readUpdatedAt: string | undefined,
): Promise<void> {
  return withStorageErrors(async () => {
    await assertStorable(storeName, record);
    const tx = (await db()).transaction([storeName, ...CHANGE_STORES], 'readwrite');
    const store = tx.objectStore(storeName);
    const [, found] = await Promise.all([checkGeneration(tx), store.get(record.id)]);
    if (readUpdatedAt !== undefined) expectUnchanged(found, readUpdatedAt);
    const write = { store: storeName, before: found, after: record };
    await commitWrites(tx, writeRecords(tx, [write], now()));
  });
}

export function deleteCustomSkill(id: string): Promise<void> {
  return deleteCustom('customSkills', id);
}

export function deleteCustomRole(id: string): Promise<void> {
  return deleteCustom('customRoles', id);
}

function deleteCustom(storeName: CustomStore, id: string): Promise<void> {
  return withStorageErrors(async () => {
    const tx = (await db()).transaction([storeName, ...CHANGE_STORES], 'readwrite');
    const [, found] = await Promise.all([checkGeneration(tx), tx.objectStore(storeName).get(id)]);
    const write = { store: storeName, before: found, after: undefined };
    // Deleting what is already gone still stamps the change (the screen asked for it).
    await commitWrites(tx, writeRecords(tx, found ? [write] : [], now()));
  });
}
