// Small hand-made catalogs for the progress tests: independent of the built-in content.
import type {
  Assessment,
  Catalog,
  CustomRole,
  CustomSkill,
  Level,
  Rating,
  RoleDef,
  RoleSkillLink,
  SkillDef,
} from '../../src/domain/types';

const STAMP = '2024-01-01T00:00:00.000Z';

export function skill(id: string, extra: Partial<SkillDef> = {}): SkillDef {
  return { id, name: id, description: '', checklist: [], exampleGoals: [], ...extra };
}

/** A link: core when `core`, in area 'a' unless told otherwise. */
export function link(skillId: string, target: Level, core = true, areaId = 'a'): RoleSkillLink {
  return { skillId, areaId, core, target };
}

export function role(id: string, links: RoleSkillLink[], areaIds = ['a', 'b']): RoleDef {
  return {
    id,
    name: id,
    summary: '',
    areas: areaIds.map((a) => ({ id: a, name: a })),
    links,
  };
}

export function customSkill(id: string, extra: Partial<CustomSkill> = {}): CustomSkill {
  return { ...skill(id), id, createdAt: STAMP, updatedAt: STAMP, custom: true, ...extra };
}

export function customRole(id: string, links: RoleSkillLink[]): CustomRole {
  return { ...role(id, links), createdAt: STAMP, updatedAt: STAMP, custom: true };
}

export function ratings(entries: Record<string, Rating | null>): Map<string, Rating | null> {
  return new Map(Object.entries(entries));
}

let seq = 0;
export function assessment(
  skillId: string,
  rating: Rating,
  day: string,
  updatedAt = `${day}T12:00:00.000Z`,
): Assessment {
  seq += 1;
  return { id: `as${seq}`, skillId, rating, day, createdAt: updatedAt, updatedAt };
}

/**
 * Built-in catalog: CM and SMM share 'sh.listening' (core in CM with target 3, optional in SMM
 * with target 4); 'cm.old' is retired but still linked by CM.
 */
export function builtinCatalog(): Catalog {
  return {
    contentVersion: 3,
    skills: [
      skill('sh.listening', { shared: true }),
      skill('cm.moderation'),
      skill('cm.old', { retired: true }),
      skill('smm.ads'),
      skill('smm.reporting'),
    ],
    roles: [
      role('cm', [
        link('sh.listening', 3, true, 'a'),
        link('cm.moderation', 2, true, 'a'),
        link('cm.old', 4, true, 'b'),
      ]),
      role('smm', [
        link('sh.listening', 4, false, 'a'),
        link('smm.ads', 3, true, 'a'),
        link('smm.reporting', 2, false, 'b'),
      ]),
    ],
  };
}
