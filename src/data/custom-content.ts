import type { CustomRole, CustomSkill } from '../domain/types';
import { stampDataChange } from './change-stamp';
import { db, now } from './db';
import { withStorageErrors } from './errors';

export async function allCustomContent(): Promise<{ skills: CustomSkill[]; roles: CustomRole[] }> {
  const database = await db();
  const [skills, roles] = await Promise.all([
    database.getAll('customSkills'),
    database.getAll('customRoles'),
  ]);
  return { skills, roles };
}

export function saveCustomSkill(skill: CustomSkill): Promise<void> {
  return withStorageErrors(async () => {
    await (await db()).put('customSkills', skill);
  });
}

export function saveCustomRole(role: CustomRole): Promise<void> {
  return withStorageErrors(async () => {
    await (await db()).put('customRoles', role);
  });
}

export async function deleteCustomSkill(id: string): Promise<void> {
  const tx = (await db()).transaction(['customSkills', 'meta'], 'readwrite');
  await Promise.all([
    tx.objectStore('customSkills').delete(id),
    stampDataChange(tx, now()),
    tx.done,
  ]);
}

export async function deleteCustomRole(id: string): Promise<void> {
  const tx = (await db()).transaction(['customRoles', 'meta'], 'readwrite');
  await Promise.all([
    tx.objectStore('customRoles').delete(id),
    stampDataChange(tx, now()),
    tx.done,
  ]);
}
