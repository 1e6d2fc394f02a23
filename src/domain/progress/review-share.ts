// How much of a role's readiness rests on levels that are current. Only the levels that add to
// readiness count (1 and up, in a counted link); a level is current unless it is due for review,
// so someone who re-confirmed everything they were asked about sees all of them current.

import type { Assessment, DayKey, LevelReviewSetting, RoleDef, SkillState } from '../types';
import { levelOf, linkCounts } from './readiness';
import { isDue, levelReviewOf } from './review';

export interface CurrentLevels {
  /** Skills of the role whose level adds to its readiness (rated 1 or more, counted). */
  readonly behind: number;
  /** Of those, how many are due for a re-confirmation. */
  readonly due: number;
}

export function currentLevelsOf(
  role: RoleDef,
  states: ReadonlyMap<string, SkillState>,
  historyBySkill: ReadonlyMap<string, readonly Assessment[]>,
  setting: LevelReviewSetting,
  today: DayKey,
): CurrentLevels {
  const ratings = new Map([...states].map(([id, s]) => [id, s.rating]));
  let behind = 0;
  let due = 0;
  const seen = new Set<string>();
  for (const link of role.links) {
    if (seen.has(link.skillId) || !linkCounts(link)) continue;
    seen.add(link.skillId);
    const level = levelOf(ratings, link.skillId);
    if (level === null || level === 0) continue;
    behind++;
    const review = levelReviewOf(
      states.get(link.skillId),
      historyBySkill.get(link.skillId) ?? [],
      setting,
    );
    if (review && isDue(review, today)) due++;
  }
  return { behind, due };
}
