import type { Level, Rating, RoleDef } from '../types';
import {
  CORE_WEIGHT,
  type Counted,
  levelOf,
  linkCounts,
  OPTIONAL_WEIGHT,
  type Ratings,
  readinessOf,
} from './readiness';

/** One skill across several roles: counted once, with its highest weight and target. */
export interface UnionSkill {
  readonly skillId: string;
  /** Core in at least one of the roles. */
  readonly core: boolean;
  /** Highest target among the roles that link it. */
  readonly target: Level;
  /** The roles linking it (in the order the roles were given). */
  readonly roleIds: readonly string[];
}

/**
 * The union of the counted links of several roles (retired skills and targets of 0 left out),
 * each skill once. See the readiness doc in readiness.ts for why highest weight and target.
 */
export function unionSkills(roles: readonly RoleDef[]): UnionSkill[] {
  const bySkill = new Map<string, { core: boolean; target: Level; roleIds: string[] }>();
  for (const role of roles) {
    for (const link of role.links) {
      if (!linkCounts(link)) continue;
      const known = bySkill.get(link.skillId);
      if (!known) {
        bySkill.set(link.skillId, { core: link.core, target: link.target, roleIds: [role.id] });
        continue;
      }
      known.core ||= link.core;
      if (link.target > known.target) known.target = link.target;
      if (!known.roleIds.includes(role.id)) known.roleIds.push(role.id);
    }
  }
  return [...bySkill].map(([skillId, s]) => ({ skillId, ...s }));
}

/** Combined readiness of the followed roles, each shared skill counted once; null if none. */
export function overallReadiness(roles: readonly RoleDef[], ratings: Ratings): number | null {
  const items: Counted[] = [];
  for (const skill of unionSkills(roles)) {
    const level = levelOf(ratings, skill.skillId);
    if (level === null) continue;
    items.push({ weight: weightOf(skill), target: skill.target, level });
  }
  return readinessOf(items);
}

export interface GapRow extends UnionSkill {
  readonly rating: Rating | null;
  /** The level used in the maths: the rating, or 0 when unrated. */
  readonly level: Level;
  /** target - level, always above 0 in a gap list. */
  readonly gap: number;
  /** gap * weight (2 core, 1 optional). */
  readonly weightedGap: number;
}

/**
 * Skills still below target across the roles, each once (listing its roles), biggest first:
 * core before optional, then larger weighted gap, then skills linked by more roles (working on
 * them moves several roles), then id so the order never flickers. Not-relevant skills never show.
 */
export function biggestGaps(
  roles: readonly RoleDef[],
  ratings: Ratings,
  limit = Number.POSITIVE_INFINITY,
): GapRow[] {
  const rows: GapRow[] = [];
  for (const skill of unionSkills(roles)) {
    const level = levelOf(ratings, skill.skillId);
    if (level === null || level >= skill.target) continue;
    const gap = skill.target - level;
    rows.push({
      ...skill,
      rating: ratings.get(skill.skillId) ?? null,
      level,
      gap,
      weightedGap: gap * weightOf(skill),
    });
  }
  rows.sort(
    (a, b) =>
      Number(b.core) - Number(a.core) ||
      b.weightedGap - a.weightedGap ||
      b.roleIds.length - a.roleIds.length ||
      compareIds(a.skillId, b.skillId),
  );
  return rows.slice(0, limit);
}

/**
 * The one skill to work on next: the largest gap among the core skills of the followed roles
 * (core in any of them). Ties go to skills shared by more followed roles, then to the smaller
 * id. Null when every core skill has reached its target or is marked not relevant.
 */
export function suggestNextSkill(
  followedRoles: readonly RoleDef[],
  ratings: Ratings,
): GapRow | null {
  const [first] = biggestGaps(followedRoles, ratings, 1);
  return first?.core ? first : null;
}

function weightOf(skill: UnionSkill): number {
  return skill.core ? CORE_WEIGHT : OPTIONAL_WEIGHT;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
