import { suggestNextSkill } from '../../../domain/progress/index';
import type { Level } from '../../../domain/types';
import { followedRoles, ratings } from '../../../state/catalog';

/**
 * What a new "Reach a level" goal starts with: the skill asked for (?skill=, e.g. from a skill's
 * screen) or else the one Today suggests (the biggest core gap of the followed roles), and the
 * next level worth reaching in it: the roles' target, or one above the current rating.
 */
export function levelGoalDefaults(asked?: string): {
  skillId: string;
  level: Level;
  suggested: boolean;
} {
  const gap = asked ? null : suggestNextSkill(followedRoles.value, ratings.value);
  const skillId = asked ?? gap?.skillId ?? '';
  const rating = ratings.value.get(skillId);
  const current = typeof rating === 'number' ? rating : 0;
  const targets = followedRoles.value
    .flatMap((r) => r.links)
    .filter((l) => l.skillId === skillId)
    .map((l) => l.target);
  const target = Math.max(0, ...targets);
  const level = Math.min(4, Math.max(target, current + 1, 1)) as Level;
  return { skillId, level, suggested: gap !== null };
}
