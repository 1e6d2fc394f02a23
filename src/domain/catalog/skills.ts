// Every built-in skill, in display order: each role's own skills, then the shared ones, each with
// its level lines (what levels 1-4 look like in that skill, kept in skill-levels-*.ts so the
// skill files stay short).

import type { BuiltinLevels, BuiltinSkillDef } from './build';
import { CM_LEVELS } from './skill-levels-cm';
import { SHARED_LEVELS } from './skill-levels-shared';
import { SMM_LEVELS } from './skill-levels-smm';
import { STRATEGIST_LEVELS } from './skill-levels-strategist';
import { CM_SKILLS } from './skills-cm';
import { SHARED_SKILLS_A } from './skills-shared-a';
import { SHARED_SKILLS_B } from './skills-shared-b';
import { SHARED_SKILLS_C } from './skills-shared-c';
import { SMM_SKILLS } from './skills-smm';
import { STRATEGIST_SKILLS } from './skills-strategist';

export type { BuiltinSkillDef } from './build';
export { CM_SKILLS, SMM_SKILLS, STRATEGIST_SKILLS };
export const SHARED_SKILLS: readonly BuiltinSkillDef[] = [
  ...SHARED_SKILLS_A,
  ...SHARED_SKILLS_B,
  ...SHARED_SKILLS_C,
];

/** Every skill's level lines by skill id (tests check each id is a skill, each core skill has one). */
export const SKILL_LEVEL_LINES: Readonly<Record<string, BuiltinLevels>> = {
  ...CM_LEVELS,
  ...SMM_LEVELS,
  ...STRATEGIST_LEVELS,
  ...SHARED_LEVELS,
};

export const BUILTIN_SKILLS: readonly BuiltinSkillDef[] = [
  ...CM_SKILLS,
  ...SMM_SKILLS,
  ...STRATEGIST_SKILLS,
  ...SHARED_SKILLS,
].map((skill) => {
  const levels = SKILL_LEVEL_LINES[skill.id];
  return levels ? { ...skill, levels } : skill;
});
