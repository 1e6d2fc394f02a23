import { text } from '../../domain/catalog/index';
import type { Catalog, Lang, RoleDef } from '../../domain/types';

export interface SkillOption {
  readonly id: string;
  readonly name: string;
}

export interface SkillGroup {
  /** A role id, or '' for skills no role links. */
  readonly id: string;
  /** The role's name; '' for the group of skills no role links (the UI names it). */
  readonly name: string;
  readonly skills: readonly SkillOption[];
}

/**
 * The skills a picker offers, under role headings: the followed roles first (in the order they
 * were followed), then the other roles, then skills no role links. Each skill appears once,
 * under the first role that links it, so a shared skill is never ticked in two places.
 * Retired skills are left out; skills sort by name within a group.
 */
export function skillGroups(
  cat: Catalog,
  followedIds: readonly string[],
  lang: Lang,
): { followed: SkillGroup[]; others: SkillGroup[] } {
  const live = new Map(cat.skills.filter((s) => !s.retired).map((s) => [s.id, s]));
  const placed = new Set<string>();
  const byName = (a: SkillOption, b: SkillOption) => a.name.localeCompare(b.name, lang);
  const groupOf = (id: string, name: string, skillIds: readonly string[]): SkillGroup => {
    const skills: SkillOption[] = [];
    for (const skillId of skillIds) {
      const skill = live.get(skillId);
      if (!skill || placed.has(skillId)) continue;
      placed.add(skillId);
      skills.push({ id: skillId, name: text(skill.name, lang) });
    }
    return { id, name, skills: skills.sort(byName) };
  };
  const roleGroup = (roleId: string) => {
    const role = cat.roles.find((r) => r.id === roleId);
    return role
      ? groupOf(
          role.id,
          text(role.name, lang),
          role.links.filter((l) => !l.retired).map((l) => l.skillId),
        )
      : null;
  };
  const followed = followedIds.map(roleGroup).filter((g) => g !== null);
  const others = cat.roles
    .filter((r) => !followedIds.includes(r.id))
    .map((r) => roleGroup(r.id))
    .filter((g) => g !== null);
  others.push(groupOf('', '', [...live.keys()]));
  const nonEmpty = (g: SkillGroup) => g.skills.length > 0;
  return { followed: followed.filter(nonEmpty), others: others.filter(nonEmpty) };
}

/** Case- and accent-blind match ("comunita" finds "Comunità"). */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The groups keeping only the skills whose name contains the query. */
export function filterGroups(groups: readonly SkillGroup[], query: string): SkillGroup[] {
  const q = foldForSearch(query.trim());
  if (!q) return [...groups];
  return groups
    .map((g) => ({ ...g, skills: g.skills.filter((s) => foldForSearch(s.name).includes(q)) }))
    .filter((g) => g.skills.length > 0);
}

/** Skills for a plain <select> (the log filters): followed roles' skills first, then the rest. */
export function skillOptions(cat: Catalog, followedRoles: readonly RoleDef[], lang: Lang) {
  const ids = followedRoles.map((r) => r.id);
  const { followed, others } = skillGroups(cat, ids, lang);
  const byName = (a: SkillOption, b: SkillOption) => a.name.localeCompare(b.name, lang);
  return [
    ...followed.flatMap((g) => g.skills).sort(byName),
    ...others.flatMap((g) => g.skills).sort(byName),
  ];
}
