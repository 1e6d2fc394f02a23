import type { CustomRole, CustomSkill } from '../domain/types';
import { db } from './db';
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
  await (await db()).delete('customSkills', id);
}

export async function deleteCustomRole(id: string): Promise<void> {
  await (await db()).delete('customRoles', id);
}
