import { linkCounts } from '../progress/readiness';
import type { Level, RoleDef } from '../types';

/** One skill to rate in a guided self-assessment. */
export interface QueuedSkill {
  readonly skillId: string;
  /** The roles among those chosen that link it, in the order the roles were given. */
  readonly roleIds: readonly string[];
  /** The highest target among those roles: marked on the scale while rating. */
  readonly target: Level;
}

/**
 * The skills a guided self-assessment asks about, each once, in reading order: role by role,
 * area by area, as the role screens list them. `coreOnly` (the first run) keeps the core skills
 * of each role: a skill core in one chosen role and optional in another is asked, once. Retired
 * skills and targets of 0 are left out, as readiness leaves them out.
 */
export function assessmentQueue(
  roles: readonly RoleDef[],
  { coreOnly }: { coreOnly: boolean },
): QueuedSkill[] {
  const bySkill = new Map<string, { roleIds: string[]; target: Level }>();
  const order: string[] = [];
  const note = (role: RoleDef, skillId: string, target: Level) => {
    const known = bySkill.get(skillId);
    if (!known) {
      bySkill.set(skillId, { roleIds: [role.id], target });
      order.push(skillId);
      return;
    }
    if (!known.roleIds.includes(role.id)) known.roleIds.push(role.id);
    if (target > known.target) known.target = target;
  };
  for (const role of roles) {
    const areaRank = new Map(role.areas.map((a, i) => [a.id, i]));
    const links = role.links
      .map((link, i) => ({ link, i }))
      .filter(({ link }) => linkCounts(link))
      .sort(
        (a, b) =>
          (areaRank.get(a.link.areaId) ?? Infinity) - (areaRank.get(b.link.areaId) ?? Infinity) ||
          a.i - b.i,
      );
    for (const { link } of links) {
      if (link.core || !coreOnly) note(role, link.skillId, link.target);
    }
  }
  if (coreOnly) {
    // A queued skill that another chosen role links as optional is that role's too: it shows
    // beside the skill, and its target counts.
    for (const role of roles) {
      for (const link of role.links) {
        if (linkCounts(link) && bySkill.has(link.skillId)) note(role, link.skillId, link.target);
      }
    }
  }
  return order.map((skillId) => {
    const s = bySkill.get(skillId) as { roleIds: string[]; target: Level };
    return { skillId, roleIds: orderLike(roles, s.roleIds), target: s.target };
  });
}

function orderLike(roles: readonly RoleDef[], ids: readonly string[]): string[] {
  return roles.map((r) => r.id).filter((id) => ids.includes(id));
}
