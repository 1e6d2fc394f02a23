// The built-in catalog: three roles, their skills, the level scale and the content version.
// Pure data and small look-ups, importable on its own (no ui/, no data/).

import type { Catalog, RoleDef, SkillDef } from '../types';
import { CONTENT_CHANGES, type ContentChange, flagRetired, resolveSkillId } from './changes';
import { BUILTIN_ROLES } from './roles';
import { BUILTIN_SKILLS } from './skills';
import { CONTENT_VERSION } from './version';

export type { ContentChange } from './changes';
export {
  CONTENT_CHANGES,
  contentChangeProblems,
  flagRetired,
  resolveSkillId,
  retiredSkillIds,
} from './changes';
export { EVIDENCE_INVITED_FROM, LEVEL_INFO, type LevelInfo } from './levels';
export { BUILTIN_ROLES, type BuiltinRoleDef } from './roles';
export { BUILTIN_SKILLS, type BuiltinSkillDef } from './skills';
export { text } from './text';
export { CONTENT_VERSION } from './version';

/** The catalog every install starts from. Retired skills come flagged from CONTENT_CHANGES. */
export const BUILTIN_CATALOG: Catalog = {
  contentVersion: CONTENT_VERSION,
  roles: BUILTIN_ROLES,
  skills: flagRetired(BUILTIN_SKILLS, CONTENT_CHANGES),
};

/**
 * A skill by id. Ids stored before a rename are followed to the current skill, so old records
 * still find their skill.
 */
export function skillById(
  catalog: Catalog,
  id: string,
  changes: readonly ContentChange[] = CONTENT_CHANGES,
): SkillDef | undefined {
  return (
    catalog.skills.find((s) => s.id === id) ??
    catalog.skills.find((s) => s.id === resolveSkillId(id, changes))
  );
}

export function roleById(catalog: Catalog, id: string): RoleDef | undefined {
  return catalog.roles.find((r) => r.id === id);
}
