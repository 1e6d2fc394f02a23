import { skillById, text } from '../../../domain/catalog/index';
import { suggestNextSkill } from '../../../domain/progress/index';
import type { Goal, Level } from '../../../domain/types';
import { fmt, plural } from '../../../i18n/format';
import { lang, messages } from '../../../i18n/index';
import { catalog, followedRoles, ratings } from '../../../state/catalog';
import type { Measure, Period } from './period-fields';

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

/**
 * The title a goal gets when the person leaves it empty (shown as the field's placeholder):
 * "2 sessions per week", "Onboarding new members: level 3". A deliverable is always named.
 */
export function goalAutoTitle(v: {
  kind: Goal['kind'];
  measure: Measure;
  target: string;
  period: Period;
  skillId: string;
  level: Level;
}): string {
  const m = messages();
  const g = m.goals;
  if (v.kind === 'period') {
    const amount =
      v.measure === 'sessions'
        ? plural(m.common.sessions, Number(v.target))
        : plural(m.common.minutes, Number(v.target));
    return fmt(g.auto.period, {
      amount,
      period: v.period === 'week' ? g.auto.weekUnit : g.auto.monthUnit,
    });
  }
  const s = skillById(catalog.value, v.skillId);
  return s ? fmt(g.auto.level, { skill: text(s.name, lang.value), level: v.level }) : '';
}
