import { skillById, text } from '../domain/catalog/index';
import { periodGoalProgress, periodOf } from '../domain/goals/index';
import type { Activity, Goal, PeriodGoal, Rating } from '../domain/types';
import { fmt } from '../i18n/format';
import { lang, messages } from '../i18n/index';
import { catalog, followedRoles } from './catalog';
import { activeGoals, goalOptions, loadGoals } from './goals';
import { readActivities, today } from './log';
import { weekStartsOn } from './settings';
import { showToast } from './toast';

// Moments of recognition: reaching a skill's target, meeting a goal, finishing a deliverable.
// Announced through the toast's polite live region, brief and never modal; its motion follows
// prefers-reduced-motion (see .toast--celebrate). Loaded lazily after a save, off first load.

const CELEBRATE_MS = 6000;

function celebrate(message: string): void {
  showToast({ message, tone: 'celebrate' }, CELEBRATE_MS);
}

export function recogniseDeliverable(goal: Goal): void {
  celebrate(fmt(messages().goals.recognition.deliverable, { title: goal.title }));
}

/**
 * After a rating: the skill reached the target of a followed role it had not reached before,
 * or a "reach level L" goal on it is now met. One message, the most specific first.
 */
export async function recogniseRating(
  skillId: string,
  before: Rating | null,
  after: Rating,
): Promise<void> {
  if (after === 'na') return;
  await loadGoals();
  const was = before === null || before === 'na' ? 0 : before;
  const goal = activeGoals.value.find(
    (g) => g.kind === 'level' && g.skillId === skillId && was < g.level && after >= g.level,
  );
  const r = messages().goals.recognition;
  if (goal) return celebrate(fmt(r.goalMet, { title: goal.title }));
  const role = followedRoles.value.find((role) =>
    role.links.some(
      (l) =>
        l.skillId === skillId && !l.retired && l.target > 0 && was < l.target && after >= l.target,
    ),
  );
  const skill = skillById(catalog.value, skillId);
  if (role && skill) {
    celebrate(
      fmt(r.atTarget, { skill: text(skill.name, lang.value), role: text(role.name, lang.value) }),
    );
  }
}

/**
 * After a new activity was saved: a period goal met for the current period by this very save.
 * Reads the current month's log (never more), so it costs the same with ten years of history.
 */
export async function recogniseActivity(saved: Activity): Promise<void> {
  await loadGoals();
  const now = today();
  const wso = weekStartsOn.value;
  const goals = activeGoals.value.filter((g): g is PeriodGoal => g.kind === 'period');
  if (goals.length === 0 || saved.day > now) return;
  const ranges = goals.map((g) => periodOf(now, g.period, wso));
  const from = ranges.map((r) => r.start).sort()[0] ?? now;
  if (saved.day < from) return;
  const after = await readActivities(from, now);
  const before = after.filter((a) => a.id !== saved.id);
  const opts = goalOptions.value;
  const met = goals.find((goal, i) => {
    const range = ranges[i];
    if (!range) return false;
    return (
      !periodGoalProgress(goal, before, range, opts).met &&
      periodGoalProgress(goal, after, range, opts).met
    );
  });
  if (met) celebrate(fmt(messages().goals.recognition.goalMet, { title: met.title }));
}
