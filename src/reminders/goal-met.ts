import { addDays, type WeekStartsOn } from '../domain/days';
import { periodGoalProgress, periodOf } from '../domain/goals/index';
import { dayKeyOf } from '../domain/schedule/clock';
import type { Activity, DayKey, Goal } from '../domain/types';

// Shared by the page and the service worker: no DOM, no storage.

/** Days of log a due-check reads: the 7-day look-back plus a whole month before it. */
export const GOAL_WINDOW_DAYS = 40;

export function goalWindow(now: Date): { from: DayKey; to: DayKey } {
  const to = dayKeyOf(now);
  return { from: addDays(to, -GOAL_WINDOW_DAYS), to };
}

/**
 * "Quiet when met": whether a period goal is already met for the week or month that contains
 * `at`. Other goals are never "met" by activities (a level or a deliverable is done, not
 * counted), so their reminders stay on until archived or ticked (due.ts handles that).
 */
export function goalMetChecker(
  goals: readonly Goal[],
  activities: readonly Activity[],
  weekStartsOn: WeekStartsOn,
  roleSkillIds: (roleId: string) => readonly string[],
): (goalId: string, at: Date) => boolean {
  const byId = new Map(goals.map((g) => [g.id, g]));
  return (goalId, at) => {
    const goal = byId.get(goalId);
    if (goal?.kind !== 'period') return false;
    const range = periodOf(dayKeyOf(at), goal.period, weekStartsOn);
    const progress = periodGoalProgress(goal, activities, range, { roleSkillIds });
    return progress.met;
  };
}
