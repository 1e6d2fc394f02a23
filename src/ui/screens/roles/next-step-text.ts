import { nextStep } from '../../../domain/progress/index';
import type { Level, SkillDef, SkillState } from '../../../domain/types';
import { fmt } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { t } from './helpers';

/**
 * The next step on a skill in words: the concrete checklist item when one is left, the example
 * goal that suits the level, and so on (domain/progress/next-step.ts decides which). Shared by
 * the skill screen and Today, so both name the same step.
 */
export function nextStepText(skill: SkillDef, state: SkillState | null, target: Level | null) {
  const m = messages().roles.next;
  const step = nextStep(skill, state, target);
  switch (step.kind) {
    case 'checklist': {
      const item = skill.checklist.find((s) => s.id === step.stepId);
      return fmt(m.checklist, { step: item ? t(item.text) : '' });
    }
    case 'goal': {
      const goal = step.goalIndex === null ? undefined : skill.exampleGoals[step.goalIndex];
      return goal ? fmt(m.goal, { goal: t(goal) }) : m.goalOwn;
    }
    default:
      return m[step.kind];
  }
}
