// Every built-in skill, in display order: each role's own skills, then the shared ones.

import type { BuiltinSkillDef } from './build';
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

export const BUILTIN_SKILLS: readonly BuiltinSkillDef[] = [
  ...CM_SKILLS,
  ...SMM_SKILLS,
  ...STRATEGIST_SKILLS,
  ...SHARED_SKILLS,
];
