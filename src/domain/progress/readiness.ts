/*
 * Readiness: how close the user is to what a role asks for, as a whole percent.
 *
 * For each skill a role links, with the user's rating r and the role's target level t:
 *   - credit = min(r, t) / t. The level is capped at the target: being above target in one
 *     skill does not make up for a gap in another.
 *   - weight = 2 for a core skill, 1 for an optional one.
 *   - An unrated skill counts as level 0.
 *   - Left out of both numerator and denominator: skills rated "not relevant to me", skills
 *     retired by a content update, and links whose target is 0.
 *
 *   readiness = floor(100 * sum(weight * credit) / sum(weight))
 *
 * Rounded down, so 100% means every counted skill truly reached its target. When nothing counts
 * (no targets, or every skill marked not relevant) readiness is null: "nothing to measure",
 * shown as a dash, not as 0% or 100%.
 *
 * Shared skills count once. A skill has one rating, used by every role that links it, so rating
 * it moves every such role. Across several followed roles (overall readiness, gaps, the next
 * skill to work on), the skills are the union of the roles' links, each counted once with its
 * highest weight (core if core in any followed role) and its highest target among those roles.
 *
 * Per area: the same formula over the skills of that area, and whole counts (how many counted
 * skills, how many at target). No average of levels: "level 1.7 of 3.3" means nothing to a
 * person, "3 of 5 skills at target" does.
 */
import type { Level, Rating, RoleDef, RoleSkillLink } from '../types';

export type Ratings = ReadonlyMap<string, Rating | null>;

export const CORE_WEIGHT = 2;
export const OPTIONAL_WEIGHT = 1;
const SCALE = 12;

/** One skill as it enters a readiness sum. */
export interface Counted {
  readonly weight: number;
  readonly target: number;
  readonly level: number;
}

/** The user's level for a skill: 0 when unrated, null when not relevant. */
export function levelOf(ratings: Ratings, skillId: string): Level | null {
  const r = ratings.get(skillId) ?? null;
  if (r === 'na') return null;
  return r ?? 0;
}

/** Whether a link can count at all, whatever the rating: not retired, target above 0. */
export function linkCounts(link: RoleSkillLink): boolean {
  return !link.retired && link.target > 0;
}

/** The readiness formula above over already-filtered skills; null when the list is empty. */
export function readinessOf(items: Iterable<Counted>): number | null {
  // Credits are scaled by 12 (divisible by every target 1-4) so the sum stays an exact integer
  // and flooring never trips on float error (0.7 * 100 is 70.00000000000001).
  let num = 0;
  let den = 0;
  for (const { weight, target, level } of items) {
    num += (weight * Math.min(level, target) * SCALE) / target;
    den += weight * SCALE;
  }
  if (den === 0) return null;
  return Math.floor((100 * num) / den);
}

/** Readiness of one role, in percent (0-100), or null when nothing counts. */
export function roleReadiness(role: RoleDef, ratings: Ratings): number | null {
  const items: Counted[] = [];
  for (const link of role.links) {
    const item = countedLink(link, ratings);
    if (item) items.push(item);
  }
  return readinessOf(items);
}

export interface SkillRow {
  readonly skillId: string;
  readonly areaId: string;
  readonly rating: Rating | null;
  readonly target: Level;
  readonly core: boolean;
  /** Levels still missing to reach the target (0 when reached, not relevant or not counted). */
  readonly gap: number;
  /** Whether this skill enters the readiness sum. */
  readonly counted: boolean;
}

export interface AreaRow {
  readonly areaId: string;
  /** Skills of the area that count (not marked not relevant, not retired, target above 0). */
  readonly skills: number;
  /** Of those, how many reached their target. */
  readonly atTarget: number;
  readonly readiness: number | null;
}

export interface RoleReadinessDetail {
  readonly readiness: number | null;
  /** Counted skills, and how many of them carry a rating (0 = nothing rated yet). */
  readonly counted: number;
  readonly rated: number;
  /** Skills the person marked "not relevant to me": left out, so the count above is smaller. */
  readonly notRelevant: number;
  /** One row per linked skill, in the role's link order. */
  readonly skills: readonly SkillRow[];
  /** One row per area, in the role's area order. */
  readonly areas: readonly AreaRow[];
}

/** Readiness with the per-skill and per-area numbers the role screen shows. */
export function roleReadinessDetail(role: RoleDef, ratings: Ratings): RoleReadinessDetail {
  const skills: SkillRow[] = [];
  const byArea = new Map<string, Counted[]>();
  const all: Counted[] = [];
  let rated = 0;
  let notRelevant = 0;
  for (const link of role.links) {
    const item = countedLink(link, ratings);
    const rating = ratings.get(link.skillId) ?? null;
    if (linkCounts(link) && rating === 'na') notRelevant++;
    if (item && rating !== null) rated++;
    skills.push({
      skillId: link.skillId,
      areaId: link.areaId,
      rating: ratings.get(link.skillId) ?? null,
      target: link.target,
      core: link.core,
      gap: item ? Math.max(0, item.target - item.level) : 0,
      counted: item !== null,
    });
    if (!item) continue;
    all.push(item);
    const list = byArea.get(link.areaId);
    if (list) list.push(item);
    else byArea.set(link.areaId, [item]);
  }
  const areas = role.areas.map((area) => areaRow(area.id, byArea.get(area.id) ?? []));
  return { readiness: readinessOf(all), counted: all.length, rated, notRelevant, skills, areas };
}

function areaRow(areaId: string, items: readonly Counted[]): AreaRow {
  return {
    areaId,
    skills: items.length,
    atTarget: items.filter((c) => c.level >= c.target).length,
    readiness: readinessOf(items),
  };
}

function countedLink(link: RoleSkillLink, ratings: Ratings): Counted | null {
  if (!linkCounts(link)) return null;
  const level = levelOf(ratings, link.skillId);
  if (level === null) return null;
  return { weight: link.core ? CORE_WEIGHT : OPTIONAL_WEIGHT, target: link.target, level };
}
