import type {
  AreaDef,
  Catalog,
  CustomRole,
  CustomSkill,
  RoleDef,
  RoleSkillLink,
  SkillDef,
} from '../types';

/** The area a custom skill lands in when it names an area its role does not have. */
export const CUSTOM_AREA: AreaDef = {
  id: 'custom',
  name: { en: 'My skills', it: 'Le mie competenze' },
};

/**
 * The catalog the user sees: built-in roles and skills, then the user's own.
 *
 * - A custom skill joins existing roles through its `attachTo` list (one link per role, with its
 *   own area, core flag and target). An attachment to a role that no longer exists is ignored;
 *   one naming an unknown area goes to CUSTOM_AREA, so the skill is never silently dropped.
 * - Ids are unique: a custom skill or role whose id is already taken (built-in first) is ignored,
 *   and a role never links the same skill twice (the first link wins).
 * - Links to skills that do not exist (a deleted custom skill) are dropped.
 * - Links to retired skills stay (their data is still shown) but carry `retired: true`, which
 *   keeps them out of every readiness number.
 */
export function mergeCatalog(
  builtin: Catalog,
  customSkills: readonly CustomSkill[],
  customRoles: readonly CustomRole[],
): Catalog {
  const skills = uniqueById<SkillDef>([...builtin.skills, ...customSkills]);
  const skillById = new Map(skills.map((s) => [s.id, s]));
  const roles = uniqueById<RoleDef>([...builtin.roles, ...customRoles]);
  // Custom skills already kept out by an id clash must not attach either.
  const attaching = customSkills.filter((s) => skillById.get(s.id) === s);

  return {
    contentVersion: builtin.contentVersion,
    skills,
    roles: roles.map((role) => mergeRole(role, attaching, skillById)),
  };
}

function mergeRole(
  role: RoleDef,
  customSkills: readonly CustomSkill[],
  skillById: ReadonlyMap<string, SkillDef>,
): RoleDef {
  const areaIds = new Set(role.areas.map((a) => a.id));
  const extra: RoleSkillLink[] = [];
  for (const skill of customSkills) {
    for (const a of skill.attachTo ?? []) {
      if (a.roleId !== role.id) continue;
      const areaId = areaIds.has(a.areaId) ? a.areaId : CUSTOM_AREA.id;
      extra.push({ skillId: skill.id, areaId, core: a.core, target: a.target });
    }
  }

  const seen = new Set<string>();
  const links: RoleSkillLink[] = [];
  for (const link of [...role.links, ...extra]) {
    const skill = skillById.get(link.skillId);
    if (!skill || seen.has(link.skillId)) continue;
    seen.add(link.skillId);
    links.push(skill.retired ? { ...link, retired: true } : withoutRetired(link));
  }

  const needsCustomArea =
    !areaIds.has(CUSTOM_AREA.id) && links.some((l) => l.areaId === CUSTOM_AREA.id);
  const areas = needsCustomArea ? [...role.areas, CUSTOM_AREA] : role.areas;
  return { ...role, areas, links };
}

function withoutRetired(link: RoleSkillLink): RoleSkillLink {
  if (!link.retired) return link;
  const { retired: _, ...rest } = link;
  return rest;
}

function uniqueById<T extends { readonly id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}
